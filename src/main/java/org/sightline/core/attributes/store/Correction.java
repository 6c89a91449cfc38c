package org.sightline.core.attributes.store;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One row of a case's append-only label corrections: {@code author} said at {@code created} that
 * {@code token} of detection {@code detectionId} is {@code value}. {@code revertsId} names the
 * correction an undo took back.
 */
public record Correction(long id, long detectionId, String token, LabelValue value, String author, Instant created,
                         OptionalLong revertsId) {
}
