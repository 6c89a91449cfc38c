package org.sightline.core.models;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sightline.core.jobs.JobContext;

/** A job context that records progress and can ask for cancellation after some progress reports. */
final class RecordingContext implements JobContext {
    final List<long[]> reports = new CopyOnWriteArrayList<>();
    private final int cancelAfterReports;

    RecordingContext() {
        this(Integer.MAX_VALUE);
    }

    RecordingContext(int cancelAfterReports) {
        this.cancelAfterReports = cancelAfterReports;
    }

    @Override
    public void progress(long done, long total, String message) {
        reports.add(new long[] {done, total});
    }

    @Override
    public boolean isCancelled() {
        return reports.size() >= cancelAfterReports;
    }

    long lastDone() {
        return reports.isEmpty() ? -1 : reports.getLast()[0];
    }
}
