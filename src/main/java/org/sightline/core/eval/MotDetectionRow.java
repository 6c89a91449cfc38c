package org.sightline.core.eval;

import org.sightline.core.inference.BoundingBox;

/**
 * One row of a MOTChallenge det.txt: {@code frame, -1, x, y, w, h, score, ...}. The box is
 * converted from 1-based to 0-based pixels; scores are the detector's own (not always 0..1).
 */
public record MotDetectionRow(int frame, BoundingBox box, double score) {
}
