package org.sightline.ui.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobListener;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobStatus;

/**
 * Moves job snapshots from worker threads onto the UI thread. Snapshots arriving faster than the
 * UI thread drains them are coalesced: only the latest per job is applied.
 */
public final class FxJobsAdapter implements JobListener, AutoCloseable {
    private final JobRunner runner;
    private final JobsViewModel jobs;
    private final Executor uiThread;
    private final Map<Long, JobStatus> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();

    public FxJobsAdapter(JobRunner runner, JobsViewModel jobs, Executor uiThread) {
        this.runner = runner;
        this.jobs = jobs;
        this.uiThread = uiThread;
    }

    public FxJobsAdapter(JobRunner runner, JobsViewModel jobs) {
        this(runner, jobs, Platform::runLater);
    }

    /** A canceller for {@link JobsViewModel} that cancels the runner's job with that id. */
    public static LongConsumer cancellerFor(JobRunner runner) {
        return id -> runner.jobs().stream().filter(handle -> handle.id() == id).findFirst()
                .ifPresent(JobHandle::cancel);
    }

    /** Starts listening and shows the jobs the runner already knows. */
    public FxJobsAdapter start() {
        runner.addListener(this);
        runner.jobs().forEach(handle -> changed(handle.status()));
        return this;
    }

    @Override
    public void changed(JobStatus status) {
        pending.merge(status.id(), status, FxJobsAdapter::later);
        if (drainScheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    /** A finished snapshot is final: a late running snapshot must not resurrect the job. */
    private static JobStatus later(JobStatus old, JobStatus next) {
        return old.state().isFinished() && !next.state().isFinished() ? old : next;
    }

    private void drain() {
        drainScheduled.set(false);
        for (Long id : pending.keySet()) {
            JobStatus status = pending.remove(id);
            if (status != null) {
                jobs.apply(status);
            }
        }
    }

    @Override
    public void close() {
        runner.removeListener(this);
    }
}
