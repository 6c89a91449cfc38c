/**
 * Reviewing attributes: a {@link org.sightline.core.attributes.review.LabelReview} session (set, clear, accept the
 * prediction, undo by appending reverting corrections) and the {@link org.sightline.core.attributes.review.ReviewQueue}
 * (most uncertain uncorrected attribute first; fully reviewed detections left out).
 */
package org.sightline.core.attributes.review;
