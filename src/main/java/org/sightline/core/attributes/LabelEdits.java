package org.sightline.core.attributes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Label correction on a set of positive tokens: switching an attribute of an exclusive group on
 * switches the group's other attributes off (one age band, one main colour).
 */
public final class LabelEdits {

    private LabelEdits() {
    }

    /** A new set with {@code token} on or off; the input is not changed. */
    public static Set<String> set(AttributeSchema schema, Set<String> positives, String token, boolean on) {
        Attribute attribute = schema.find(token).orElseThrow(() -> new IllegalArgumentException(
                "schema '" + schema.id() + "' has no attribute '" + token + "'"));
        Set<String> result = new LinkedHashSet<>(positives);
        if (!on) {
            result.remove(attribute.token());
            return result;
        }
        if (schema.groupOf(attribute).exclusive()) {
            for (Attribute other : schema.attributesIn(attribute.group())) {
                result.remove(other.token());
            }
        }
        result.add(attribute.token());
        return result;
    }
}
