package org.sightline.core.tuning;

import java.util.Arrays;
import java.util.List;
import org.sightline.core.attributes.AttributeMapping;
import org.sightline.core.attributes.MappingRule;

/**
 * The 1:1 mapping of a predictor whose outputs already are schema tokens (a prompt pack's). Its id
 * {@code direct:<token>,<token>...} carries the tokens, so a saved job can rebuild it without the pack.
 */
public final class PackMapping {

    public static final String PREFIX = "direct:";

    private PackMapping() {
    }

    public static String idOf(List<String> tokens) {
        return PREFIX + String.join(",", tokens);
    }

    public static boolean isDirect(String mappingId) {
        return mappingId != null && mappingId.startsWith(PREFIX);
    }

    public static AttributeMapping of(List<String> tokens) {
        return parse(idOf(tokens));
    }

    /** The mapping of a {@code direct:} id; tokens are checked like any mapping's. */
    public static AttributeMapping parse(String mappingId) {
        if (!isDirect(mappingId) || mappingId.length() == PREFIX.length()) {
            throw new IllegalArgumentException("not a direct mapping id (direct:<token>,...): '" + mappingId + "'");
        }
        List<String> tokens = Arrays.asList(mappingId.substring(PREFIX.length()).split(","));
        List<MappingRule> rules = tokens.stream().map(t -> new MappingRule(t, t, false, "scored directly")).toList();
        return new AttributeMapping(mappingId, "scores schema tokens directly", tokens, rules);
    }
}
