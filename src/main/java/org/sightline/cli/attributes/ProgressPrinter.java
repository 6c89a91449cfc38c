package org.sightline.cli.attributes;

import java.io.PrintWriter;
import java.util.Locale;
import org.sightline.core.jobs.JobContext;

/** Prints job progress to the error stream, a line per 10 %; cancelled when the thread is interrupted. */
public final class ProgressPrinter implements JobContext {
    private final PrintWriter err;
    private long lastStep = -1;

    public ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        long step = total > 0 ? done * 10 / total : -1;
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        err.println(total > 0 ? String.format(Locale.ROOT, "%3d%% (%d of %d) %s", done * 100 / total, done, total,
                message) : message);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
