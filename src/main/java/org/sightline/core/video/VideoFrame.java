package org.sightline.core.video;

import java.util.Objects;
import org.sightline.core.inference.RgbImage;

/**
 * One decoded frame: its position in the source (0-based frame index in decoding order) and its
 * presentation time in milliseconds, as the container states it.
 */
public record VideoFrame(long index, long timestampMs, RgbImage image) {

    public VideoFrame {
        Objects.requireNonNull(image, "image");
        if (index < 0) {
            throw new IllegalArgumentException("Frame index must not be negative, got " + index);
        }
    }

    /** A time as minutes:seconds.milliseconds, e.g. "1:19.700", for messages. */
    public static String formatTimestamp(long millis) {
        return String.format(java.util.Locale.ROOT, "%d:%02d.%03d", millis / 60_000, (millis / 1000) % 60, millis % 1000);
    }
}
