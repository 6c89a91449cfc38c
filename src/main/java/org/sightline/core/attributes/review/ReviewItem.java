package org.sightline.core.attributes.review;

/**
 * A detection waiting for review: {@code margin} is |p - threshold| of its most uncertain
 * uncorrected attribute ({@code token}); {@code openAttributes} counts its scored attributes
 * without a correction in force.
 */
public record ReviewItem(long detectionId, String token, double probability, double margin, int openAttributes) {
}
