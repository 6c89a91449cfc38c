package org.sightline.cli.ingest;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.pipeline.IngestProgress;

/**
 * Runs a job on the command's thread: prints the ingest's progress line to stderr at most every
 * {@value #INTERVAL_MS} ms, and reports cancel once {@link #cancel()} is called (Ctrl-C).
 */
final class ConsoleJobContext implements JobContext {
    private static final long INTERVAL_MS = 2000;

    private final PrintWriter err;
    private final AtomicBoolean cancelled;
    private long lastPrinted;
    private String lastGeneric = "";

    ConsoleJobContext(PrintWriter err, AtomicBoolean cancelled) {
        this.err = err;
        this.cancelled = cancelled;
    }

    /** The ingest job's own progress, richer than the generic messages. */
    void ingestProgress(IngestProgress progress) {
        long now = System.currentTimeMillis();
        if (now - lastPrinted >= INTERVAL_MS || progress.total() >= 0 && progress.done() >= progress.total()) {
            lastPrinted = now;
            err.println(progress.message());
            err.flush();
        }
    }

    @Override
    public void progress(long done, long total, String message) {
        // Gallery jobs have no ingest listener: print their own messages when they change.
        if (!message.contains(" fps") && !message.equals("resuming") && !message.equals(lastGeneric) && !message.matches("\\d+ of -?\\d+")) {
            lastGeneric = message;
            err.println(message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
