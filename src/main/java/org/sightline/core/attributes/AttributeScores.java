package org.sightline.core.attributes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Probabilities per schema token for one person crop, from one predictor (a model, a text-image
 * matcher, or a human, whose labels are 0 or 1). The UI and the case store use this without caring
 * which predictor produced it. Tokens are kept in insertion order.
 */
public record AttributeScores(String predictorId, Map<String, Float> probabilities) {

    public AttributeScores {
        Objects.requireNonNull(predictorId, "predictorId");
        Map<String, Float> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Float> e : probabilities.entrySet()) {
            Float p = e.getValue();
            if (p == null || !(p >= 0f && p <= 1f)) {
                throw new IllegalArgumentException(
                        "probability of '" + e.getKey() + "' from '" + predictorId + "' must be in [0, 1], got " + p);
            }
            copy.put(Objects.requireNonNull(e.getKey(), "token"), p);
        }
        probabilities = Collections.unmodifiableMap(copy);
    }

    /** Scores of a human label: 1 for every token in {@code positives}, 0 for the other {@code tokens}. */
    public static AttributeScores ofLabels(String predictorId, Iterable<String> tokens, Set<String> positives) {
        Map<String, Float> p = new LinkedHashMap<>();
        for (String token : tokens) {
            p.put(token, positives.contains(token) ? 1f : 0f);
        }
        return new AttributeScores(predictorId, p);
    }

    public OptionalDouble probability(String token) {
        Float p = probabilities.get(token);
        return p == null ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    public boolean covers(String token) {
        return probabilities.containsKey(token);
    }

    /** Tokens whose probability is strictly above {@code threshold} (as the PAR literature's code does). */
    public Set<String> positives(double threshold) {
        Set<String> positives = new LinkedHashSet<>();
        probabilities.forEach((token, p) -> {
            if (p > threshold) {
                positives.add(token);
            }
        });
        return Collections.unmodifiableSet(positives);
    }

    /** Only the tokens the schema knows, in schema order. */
    public AttributeScores restrictedTo(AttributeSchema schema) {
        Map<String, Float> kept = new LinkedHashMap<>();
        for (String token : schema.tokens()) {
            Float p = probabilities.get(token);
            if (p != null) {
                kept.put(token, p);
            }
        }
        return new AttributeScores(predictorId, kept);
    }
}
