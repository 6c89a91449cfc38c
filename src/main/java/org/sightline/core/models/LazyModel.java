package org.sightline.core.models;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;

/**
 * A model loaded on first use, as a job on the job runner (never on the caller's thread, so never on
 * the UI thread), then kept until {@link #close()}. A failed load is retried on the next request, so a
 * model the user downloads afterwards can still be loaded.
 */
public final class LazyModel<T extends AutoCloseable> implements AutoCloseable {
    private final String title;
    private final JobRunner runner;
    private final Job<T> loader;
    private JobHandle<T> loading;
    private boolean closed;

    public LazyModel(String title, JobRunner runner, Job<T> loader) {
        this.title = title;
        this.runner = runner;
        this.loader = loader;
    }

    /** The model, loading it in the background if this is the first request (or the last load failed). */
    public synchronized CompletableFuture<T> get() {
        if (closed) {
            throw new IllegalStateException(title + " is closed");
        }
        if (loading == null || loading.result().isCompletedExceptionally()) {
            loading = runner.submit("Loading " + title, loader);
        }
        return loading.result().copy();
    }

    /** Blocks until the model is loaded; for worker threads only. Throws the loader's own failure. */
    public T await() throws Exception {
        try {
            return get().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The model if it has finished loading successfully; never starts a load. */
    public synchronized Optional<T> ifLoaded() {
        if (loading == null || !loading.result().isDone() || loading.result().isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(loading.result().join());
    }

    public synchronized boolean isLoaded() {
        return ifLoaded().isPresent();
    }

    /** Closes the loaded model; a load still running is cancelled and its model closed when it arrives. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (loading == null) {
            return;
        }
        if (loading.result().isDone()) {
            Optional<T> loaded = ifLoaded();
            if (loaded.isPresent()) {
                closeModel(loaded.get());
            }
        } else {
            loading.cancel();
            loading.result().thenAccept(LazyModel::closeQuietly);
        }
    }

    private void closeModel(T model) throws IOException {
        try {
            model.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("Cannot close " + title + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable model) {
        try {
            model.close();
        } catch (Exception ignored) {
            // the owner already closed this LazyModel; nobody is left to report to
        }
    }
}
