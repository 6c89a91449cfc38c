package org.sightline.core.eval;

import org.sightline.core.inference.BoundingBox;

/** A detection to evaluate: a box and the detector's score (any scale; only the order matters). */
public record ScoredBox(BoundingBox box, double score) {
}
