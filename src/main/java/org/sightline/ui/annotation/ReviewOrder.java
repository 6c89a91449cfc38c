package org.sightline.ui.annotation;

/** How next / previous person walks the case in annotation mode. */
public enum ReviewOrder {
    /** The crop grid's order (detection id), as filtered. */
    GALLERY,
    /** Most uncertain uncorrected attribute first ({@link org.sightline.core.attributes.review.ReviewQueue}). */
    MOST_UNCERTAIN
}
