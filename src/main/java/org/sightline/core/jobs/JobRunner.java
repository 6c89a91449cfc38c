package org.sightline.core.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs jobs on background threads and publishes their progress. Free of any UI toolkit: the UI
 * registers a listener that moves snapshots onto its own thread.
 */
public final class JobRunner implements AutoCloseable {
    private static final long MIN_PUBLISH_INTERVAL_NANOS = 50_000_000L;

    private final ExecutorService executor;
    private final AtomicLong nextId = new AtomicLong(1);
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final List<JobHandle<?>> handles = new CopyOnWriteArrayList<>();

    public JobRunner(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sightline-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void addListener(JobListener listener) {
        listeners.add(listener);
    }

    public void removeListener(JobListener listener) {
        listeners.remove(listener);
    }

    /** Jobs submitted since start, newest last, finished ones included. */
    public List<JobHandle<?>> jobs() {
        return List.copyOf(handles);
    }

    public <T> JobHandle<T> submit(String title, Job<T> job) {
        JobHandle<T> handle = new JobHandle<>(nextId.getAndIncrement(), title);
        handles.add(handle);
        publish(handle, handle.status());
        executor.execute(() -> execute(handle, job));
        return handle;
    }

    private <T> void execute(JobHandle<T> handle, Job<T> job) {
        long start = System.nanoTime();
        Context context = new Context(handle, start);
        if (handle.cancelRequested()) {
            finish(handle, start, JobState.CANCELLED, context, null);
            handle.future().completeExceptionally(new JobCancelledException());
            return;
        }
        publish(handle, snapshot(handle, JobState.RUNNING, start, context, "started", null));
        try {
            T value = job.run(context);
            finish(handle, start, JobState.SUCCEEDED, context, null);
            handle.future().complete(value);
        } catch (JobCancelledException cancelled) {
            finish(handle, start, JobState.CANCELLED, context, null);
            handle.future().completeExceptionally(cancelled);
        } catch (Throwable failure) {
            String reason = failure.getMessage() != null ? failure.getMessage() : failure.toString();
            finish(handle, start, JobState.FAILED, context, reason);
            handle.future().completeExceptionally(failure);
        }
    }

    private void finish(JobHandle<?> handle, long start, JobState state, Context context, String error) {
        String message = switch (state) {
            case SUCCEEDED -> "done";
            case CANCELLED -> "cancelled";
            default -> "failed";
        };
        publish(handle, snapshot(handle, state, start, context, message, error));
    }

    private static JobStatus snapshot(JobHandle<?> handle, JobState state, long start, Context context,
                                      String message, String error) {
        return new JobStatus(handle.id(), handle.title(), state, context.done, context.total, message,
                Duration.ofNanos(System.nanoTime() - start), error);
    }

    private void publish(JobHandle<?> handle, JobStatus status) {
        handle.publish(status);
        for (JobListener listener : listeners) {
            listener.changed(status);
        }
    }

    @Override
    public void close() {
        handles.forEach(JobHandle::cancel);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Context implements JobContext {
        private final JobHandle<?> handle;
        private final long start;
        private volatile long done;
        private volatile long total = -1;
        private long lastPublished;

        Context(JobHandle<?> handle, long start) {
            this.handle = handle;
            this.start = start;
        }

        @Override
        public void progress(long done, long total, String message) {
            this.done = done;
            this.total = total;
            long now = System.nanoTime();
            boolean last = total > 0 && done >= total;
            if (last || now - lastPublished >= MIN_PUBLISH_INTERVAL_NANOS) {
                lastPublished = now;
                publish(handle, snapshot(handle, JobState.RUNNING, start, this, message, null));
            }
        }

        @Override
        public boolean isCancelled() {
            return handle.cancelRequested() || Thread.currentThread().isInterrupted();
        }
    }
}
