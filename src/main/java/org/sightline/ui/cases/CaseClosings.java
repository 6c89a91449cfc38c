package org.sightline.ui.cases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.JobContext;

/**
 * Stores of closed cases, closed off the UI thread once their background work stopped (or after a
 * bounded wait: the store's lock still keeps a close from cutting into a transaction, and a job's
 * uncommitted batch is redone when the case next opens). A folder being closed can be awaited before
 * it is opened again, since the closing store still holds the OS lock on its {@code case.lock}.
 */
final class CaseClosings implements AutoCloseable {
    private final ExecutorService closer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("sightline-case-close").factory());
    private final Map<Path, Closing> pending = new ConcurrentHashMap<>();
    private volatile Duration stopWait = Duration.ofSeconds(30);

    /** What happened: whether all the work stopped within the wait, and a failure of the close itself. */
    record Outcome(CaseStore store, boolean workStopped, RuntimeException closeFailure) {
    }

    private record Closing(CaseStore store, CompletableFuture<Outcome> closed) {
    }

    void stopWait(Duration wait) {
        stopWait = wait;
    }

    /** Closes {@code store} once {@code work} stopped, at most {@link #stopWait} from now; never blocks. */
    CompletableFuture<Outcome> close(CaseStore store, List<Stopping> work) {
        CompletableFuture<?>[] stops = work.stream().map(w -> w.stopped().toCompletableFuture()
                .exceptionally(failure -> null)).toArray(CompletableFuture[]::new);
        CompletableFuture<Outcome> closed = new CompletableFuture<>();
        Path key = key(store.info().folder());  // info() before the store closes: some stores refuse it after
        Closing closing = new Closing(store, closed);
        pending.put(key, closing);
        CompletableFuture.allOf(stops).thenApply(done -> true)
                .completeOnTimeout(false, stopWait.toMillis(), TimeUnit.MILLISECONDS)
                .thenAcceptAsync(stopped -> closed.complete(new Outcome(store, stopped, closeQuietly(store))), closer);
        closed.whenComplete((outcome, failure) -> pending.remove(key, closing));
        return closed;
    }

    /** Waits, cancellably, until a close of {@code folder} in progress has finished. */
    void awaitClosed(Path folder, JobContext context) throws InterruptedException {
        Closing closing = pending.get(key(folder));
        if (closing == null) {
            return;
        }
        context.progress(0, -1, "waiting for the previous close of " + folder);
        while (!closing.closed().isDone()) {
            context.throwIfCancelled();
            try {
                closing.closed().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException notYet) {
                // loop: checks for cancel between waits
            }
        }
    }

    /** At exit: waits up to {@code wait} for every close in progress, then closes the rest at once. */
    void finish(Duration wait) {
        List<Closing> all = List.copyOf(pending.values());
        try {
            CompletableFuture.allOf(all.stream().map(Closing::closed).toArray(CompletableFuture[]::new))
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException late) {
            // jobs still running at exit: close their stores now (between transactions), the process ends anyway
        }
        for (Closing closing : all) {
            if (!closing.closed().isDone()) {
                closing.closed().complete(new Outcome(closing.store(), false, closeQuietly(closing.store())));
            }
        }
    }

    boolean closing(Path folder) {
        return pending.containsKey(key(folder));
    }

    private static RuntimeException closeQuietly(CaseStore store) {
        try {
            store.close();
            return null;
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        closer.shutdown();
    }
}
