package org.sightline.cli.models;

import org.sightline.core.models.ByteSizes;
import java.io.PrintWriter;
import java.util.Locale;
import org.sightline.core.jobs.JobContext;

/** Prints download progress as a line per 10 % (or per 64 MiB when the total is unknown). */
final class StderrProgress implements JobContext {
    private static final long UNKNOWN_TOTAL_STEP = 64L << 20;

    private final PrintWriter err;
    private String lastMessage = "";
    private long lastStep = -1;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String message) {
        long step = total > 0 ? done * 10 / total : done / UNKNOWN_TOTAL_STEP;
        if (step == lastStep && message.equals(lastMessage)) {
            return;
        }
        lastStep = step;
        lastMessage = message;
        String amount = total > 0
                ? String.format(Locale.ROOT, "%3d%% (%s of %s)", done * 100 / total, ByteSizes.human(done),
                        ByteSizes.human(total))
                : ByteSizes.human(done);
        err.println(message + ": " + amount);
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
