package org.sightline.core.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** A submitted job: its latest status, its result, and a way to cancel it. */
public final class JobHandle<T> {
    private final long id;
    private final String title;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile JobStatus status;

    JobHandle(long id, String title) {
        this.id = id;
        this.title = title;
        this.status = new JobStatus(id, title, JobState.QUEUED, 0, -1, "waiting", java.time.Duration.ZERO, null);
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public JobStatus status() {
        return status;
    }

    /** Completes with the job's value, exceptionally with its failure or a {@link JobCancelledException}. */
    public CompletableFuture<T> result() {
        return result;
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    boolean cancelRequested() {
        return cancelRequested.get();
    }

    void publish(JobStatus next) {
        status = next;
    }

    CompletableFuture<T> future() {
        return result;
    }
}
