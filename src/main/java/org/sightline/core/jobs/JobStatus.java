package org.sightline.core.jobs;

import java.time.Duration;
import java.util.Optional;

/** An immutable snapshot of a job, published to listeners on every change. */
public record JobStatus(long id, String title, JobState state, long done, long total, String message,
                        Duration elapsed, String error) {

    /** Fraction finished in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) done / total) : -1;
    }

    /** Remaining time extrapolated from the rate so far, when it can be estimated. */
    public Optional<Duration> remaining() {
        if (total <= 0 || done <= 0 || done >= total) {
            return Optional.empty();
        }
        long nanosPerUnit = elapsed.toNanos() / done;
        return Optional.of(Duration.ofNanos(nanosPerUnit * (total - done)));
    }
}
