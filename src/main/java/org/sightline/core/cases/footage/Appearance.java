package org.sightline.core.cases.footage;

import java.util.OptionalLong;
import org.sightline.core.inference.BoundingBox;

/** Where and when an identity is seen: one of its detections, for a timeline. */
public record Appearance(long detectionId, long sourceId, long frameIndex, OptionalLong timestampMs,
                         OptionalLong trackId, BoundingBox box) {
}
