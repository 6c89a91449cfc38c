package org.sightline.core.identities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The result of grouping tracklets: every identity, and which one each tracklet belongs to. */
public record Identities(List<Identity> all) {

    public Identities {
        all = List.copyOf(all);
    }

    public Identity get(int number) {
        if (number < 0 || number >= all.size()) {
            throw new IllegalArgumentException("No identity " + number + "; there are " + all.size());
        }
        return all.get(number);
    }

    /** The identity holding the tracklet {@code key}. */
    public Identity of(String key) {
        for (Identity identity : all) {
            if (identity.keys().contains(key)) {
                return identity;
            }
        }
        throw new IllegalArgumentException("No tracklet " + key + " in these identities");
    }

    /** Identity number of each tracklet key. */
    public Map<String, Integer> numberByKey() {
        Map<String, Integer> numbers = new HashMap<>();
        for (Identity identity : all) {
            identity.keys().forEach(key -> numbers.put(key, identity.number()));
        }
        return numbers;
    }
}
