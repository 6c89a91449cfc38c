package org.sightline.ui.cases;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Background work of a closing case that was asked to stop: what it is, for the status line ("1
 * ingest"), and a stage that completes (normally or not) once none of it uses the case's store.
 */
public record Stopping(String what, CompletionStage<?> stopped) {

    public Stopping {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(stopped, "stopped");
    }

    /** Nothing was running. */
    public static Stopping nothing() {
        return new Stopping("", CompletableFuture.completedFuture(null));
    }

    /** {@code count} jobs of one kind, e.g. {@code of(2, "ingest", ...)} is "2 ingests". */
    public static Stopping of(int count, String noun, CompletionStage<?> stopped) {
        return count == 0 ? nothing() : new Stopping(counted(count, noun), stopped);
    }

    /** Several features' work as one: what each stopped, joined ("1 ingest, 1 tuning run"), done when all are. */
    public static Stopping all(List<Stopping> parts) {
        String what = String.join(", ", parts.stream().map(Stopping::what).filter(w -> !w.isEmpty()).toList());
        return new Stopping(what, CompletableFuture.allOf(parts.stream().map(part -> part.stopped().toCompletableFuture()
                .exceptionally(failure -> null)).toArray(CompletableFuture[]::new)));
    }

    /** Completes once every task handed to {@code executor} (one thread, in order) before now has run. */
    public static Stopping afterQueued(Executor executor) {
        try {
            return new Stopping("", CompletableFuture.runAsync(() -> { }, executor));
        } catch (RejectedExecutionException shutDown) {
            return nothing();
        }
    }

    static String counted(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
