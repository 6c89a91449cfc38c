package org.sightline.ui.cases;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
        return count == 0 ? nothing() : new Stopping(count + " " + noun + (count == 1 ? "" : "s"), stopped);
    }
}
