package org.sightline.core.cases.jobs;

/**
 * Long work on a case that survives cancel, crash and restart. It commits its results in batches
 * through {@link ResumableJobContext#commit}, each together with a checkpoint, and when started
 * again continues after the last committed cursor.
 */
public interface ResumableJob {

    /** Stable name saved with the job, used to find its {@link ResumableJobFactory} on resume. */
    String kind();

    /** JSON text from which the factory of {@link #kind()} recreates this job. */
    String params();

    /**
     * Does the work. {@code resumeCursor} is null on a fresh start, else the cursor of the last
     * checkpoint committed. Throws {@link org.sightline.core.jobs.JobCancelledException} when cancelled.
     */
    void run(ResumableJobContext context, String resumeCursor) throws Exception;
}
