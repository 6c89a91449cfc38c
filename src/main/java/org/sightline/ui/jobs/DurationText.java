package org.sightline.ui.jobs;

import java.time.Duration;

/** Short clock-style durations for the jobs panel: 0:07, 12:30, 1:02:03. */
final class DurationText {
    private DurationText() {
    }

    static String of(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long secs = seconds % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, secs)
                : String.format("%d:%02d", minutes, secs);
    }
}
