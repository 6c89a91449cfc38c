package org.sightline.core.tuning;

import java.util.Locale;
import java.util.Map;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.vl.eval.ZeroShotPrompts;

/**
 * The sentence pair each tuned attribute is scored with: the zero-shot pair where one exists,
 * else "a person with/wearing <label>" against "a person" built from the schema's label.
 */
public final class AttributeSentences {

    private static final Map<String, ZeroShotPrompts.Pair> KNOWN = ZeroShotPrompts.all();

    private AttributeSentences() {
    }

    public static ZeroShotPrompts.Pair of(AttributeSchema schema, String token) {
        ZeroShotPrompts.Pair known = KNOWN.get(token);
        if (known != null) {
            return known;
        }
        String label = schema.find(token).map(a -> a.label()).orElse(token).toLowerCase(Locale.ROOT);
        return new ZeroShotPrompts.Pair("a person with " + label, "a person");
    }
}
