package org.sightline.core.jobs;

/** Thrown inside a job when its cancellation was requested; the runner records the job as cancelled. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled", null, false, false);
    }
}
