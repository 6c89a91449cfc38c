package org.sightline.core.cases.footage;

/** An identity ranked by its best-matching detection, which is given with its score. */
public record IdentityMatch(long identityId, double score, DetectionRow bestDetection) {
}
