package org.sightline.core.inference;

import java.util.Objects;

/** One person found in a frame: where (frame pixels) and how sure the detector is (0..1). */
public record PersonDetection(BoundingBox box, float score) {

    public PersonDetection {
        Objects.requireNonNull(box, "box");
        if (!(score >= 0f && score <= 1f)) {
            throw new IllegalArgumentException("Detection score must lie in [0, 1], got " + score);
        }
    }
}
