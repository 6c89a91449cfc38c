package org.sightline.core.cases.footage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.sightline.core.inference.BoundingBox;

/**
 * A person found in a frame: box in frame pixels, detector score, the track and identity it
 * belongs to (empty while unassigned), and its crop thumbnail as an absolute path.
 */
public record DetectionRow(long id, long frameId, long sourceId, long frameIndex, OptionalLong timestampMs,
                           BoundingBox box, double score, String detectorId, OptionalLong trackId,
                           OptionalLong identityId, Optional<Path> thumbnail) {
}
