package org.sightline.core.jobs;

/** What a running job sees: where to report progress and whether it has been asked to stop. */
public interface JobContext {

    /** Reports that {@code done} of {@code total} units are finished; {@code total < 0} means unknown. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link JobCancelledException} if cancel was requested; call between units of work. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }
}
