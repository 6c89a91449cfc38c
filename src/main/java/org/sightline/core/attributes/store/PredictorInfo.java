package org.sightline.core.attributes.store;

import java.util.Objects;

/**
 * A predictor that saved attribute scores in a case: its stable {@code id} (stored with every score),
 * the {@code displayName} the UI shows, and the mapping that turned its outputs into schema tokens
 * (empty when it scores tokens directly).
 */
public record PredictorInfo(String id, String displayName, String mappingId) {

    public PredictorInfo {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName.strip();
        mappingId = mappingId == null ? "" : mappingId;
    }
}
