package org.sightline.core.eval;

import org.sightline.core.inference.BoundingBox;

/**
 * A ground-truth box. An ignored one (a static person, a reflection, a person on a vehicle, an
 * annotation flagged not to consider) is neither a miss when undetected nor makes a detection on
 * it a false positive.
 */
public record TruthBox(BoundingBox box, boolean ignore) {
}
