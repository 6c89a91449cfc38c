package org.sightline.ui.timeline;

import java.util.List;
import org.sightline.core.cases.Source;

/**
 * A source's strip: where on it (frames 0 to {@code lastFrame}) the person is seen.
 *
 * @param lastFrame the source's last analysed frame index, which sets the strip's length
 */
public record TimelineStrip(Source source, long lastFrame, List<TimelineMark> marks) {
    public TimelineStrip {
        marks = List.copyOf(marks);
    }

    /** The mark closest to {@code frame}, if one lies within {@code tolerance} frames. */
    public java.util.Optional<TimelineMark> nearest(double frame, double tolerance) {
        TimelineMark best = null;
        for (TimelineMark mark : marks) {
            if (best == null || Math.abs(mark.frameIndex() - frame) < Math.abs(best.frameIndex() - frame)) {
                best = mark;
            }
        }
        return best != null && Math.abs(best.frameIndex() - frame) <= tolerance
                ? java.util.Optional.of(best) : java.util.Optional.empty();
    }
}
