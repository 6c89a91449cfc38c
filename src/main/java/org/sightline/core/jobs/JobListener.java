package org.sightline.core.jobs;

/** Receives job snapshots; called on the job's worker thread, so UI adapters must hop threads. */
@FunctionalInterface
public interface JobListener {
    void changed(JobStatus status);
}
