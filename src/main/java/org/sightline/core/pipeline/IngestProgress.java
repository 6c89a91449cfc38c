package org.sightline.core.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an ingest stands: sampled frames done of about {@code total} (-1: unknown), people found
 * (detections) and tracks so far in this source, and the speed of this run.
 */
public record IngestProgress(String source, long done, long total, long detections, long tracks,
                             double framesPerSecond) {

    /** Time left at this run's speed, when it can be estimated. */
    public Optional<Duration> remaining() {
        if (total < 0 || done >= total || !(framesPerSecond > 0)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round((total - done) / framesPerSecond * 1000)));
    }

    /** E.g. "cam1.avi: frame 120 of ~398, 640 people in 23 tracks, 8.2 fps, 0:34 left". */
    public String message() {
        String left = remaining().map(d -> String.format(Locale.ROOT, ", %d:%02d left", d.toMinutes(),
                d.toSecondsPart())).orElse("");
        return String.format(Locale.ROOT, "%s: frame %d of %s, %d people in %d tracks, %.1f fps%s", source, done,
                total < 0 ? "?" : "~" + total, detections, tracks, framesPerSecond, left);
    }
}
