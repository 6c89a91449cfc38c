package org.sightline.core.attributes.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of one detection under one schema, in schema order. {@code predictor} is the one
 * whose scores are shown (empty when no predictor scored it); {@code predictors} lists all that did,
 * so the UI can name and switch between them without knowing what they are.
 */
public record DetectionAttributes(long detectionId, String schemaId, double threshold, Optional<PredictorInfo> predictor,
                                  List<PredictorInfo> predictors, List<AttributeState> attributes) {

    public DetectionAttributes {
        predictors = List.copyOf(predictors);
        attributes = List.copyOf(attributes);
    }

    public AttributeState state(String token) {
        return attributes.stream().filter(a -> a.token().equals(token)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("schema '" + schemaId + "' has no attribute '" + token + "'"));
    }

    /** Tokens whose effective label is YES, in schema order. */
    public Set<String> positives() {
        Set<String> positives = new LinkedHashSet<>();
        attributes.stream().filter(a -> a.label() == EffectiveLabel.YES).forEach(a -> positives.add(a.token()));
        return positives;
    }

    /** True when every attribute the predictor scores has a correction in force. */
    public boolean fullyReviewed() {
        return attributes.stream().filter(a -> a.probability().isPresent())
                .allMatch(a -> a.source() == LabelSource.CORRECTION);
    }
}
