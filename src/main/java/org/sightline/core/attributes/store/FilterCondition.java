package org.sightline.core.attributes.store;

import java.util.Locale;
import java.util.Objects;

/**
 * One condition of a gallery filter on an attribute's effective score: the prediction's probability,
 * or 1 / 0 where a correction says yes / no. {@code atLeast}: score {@code >=} threshold, else {@code <=}.
 */
public record FilterCondition(String token, boolean atLeast, double threshold) {

    public FilterCondition {
        Objects.requireNonNull(token, "token");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold of '" + token + "' must be in [0, 1], got " + threshold);
        }
    }

    public static FilterCondition atLeast(String token, double threshold) {
        return new FilterCondition(token, true, threshold);
    }

    public static FilterCondition atMost(String token, double threshold) {
        return new FilterCondition(token, false, threshold);
    }

    @Override
    public String toString() {
        return token + (atLeast ? " >= " : " <= ") + String.format(Locale.ROOT, "%s", threshold);
    }
}
