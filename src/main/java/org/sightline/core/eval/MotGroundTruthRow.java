package org.sightline.core.eval;

import org.sightline.core.inference.BoundingBox;

/**
 * One row of a MOTChallenge gt.txt: {@code frame, id, x, y, w, h, consider, class, visibility}.
 * The box is converted from MOT's 1-based pixel coordinates to 0-based.
 */
public record MotGroundTruthRow(int frame, int id, BoundingBox box, boolean consider, int classId, double visibility) {
}
