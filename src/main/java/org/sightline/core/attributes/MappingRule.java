package org.sightline.core.attributes;

import java.util.Objects;

/**
 * One schema token taken from one predictor output: {@code p(token) = p(output)}, or
 * {@code 1 - p(output)} when {@code negate}. {@code note} documents approximations.
 */
public record MappingRule(String output, String token, boolean negate, String note) {

    public MappingRule {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(token, "token");
        note = note == null ? "" : note;
    }

    public float apply(float outputProbability) {
        return negate ? 1f - outputProbability : outputProbability;
    }
}
