package org.sightline.core.attributes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sightline.core.attributes.AttributeSchema;

/**
 * A gallery filter: conditions on effective attribute scores, all of which must hold, written as
 * {@code personalFemale >= 0.6 AND carryingBackpack >= 0.5}. An attribute a detection has no
 * score and no correction for fails every condition on it.
 */
public record AttributeFilter(List<FilterCondition> conditions) {
    private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s*(>=|<=)\\s*([0-9]*\\.?[0-9]+)\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+AND\\s+");

    public AttributeFilter {
        conditions = List.copyOf(conditions);
    }

    /**
     * Parses {@code text}; with a schema, tokens and aliases are checked against it (null: any token).
     * Errors name the condition (1-based) and what is wrong with it.
     */
    public static AttributeFilter parse(String text, AttributeSchema schema) {
        if (text == null || text.isBlank()) {
            return new AttributeFilter(List.of());
        }
        List<FilterCondition> conditions = new ArrayList<>();
        String[] parts = AND.split(text.strip());
        for (int i = 0; i < parts.length; i++) {
            Matcher m = CONDITION.matcher(parts[i]);
            if (!m.matches()) {
                throw new IllegalArgumentException("filter condition " + (i + 1) + " '" + parts[i].strip()
                        + "' is not of the form 'token >= 0.5' or 'token <= 0.5' (conditions are joined by AND)");
            }
            String token = m.group(1);
            int position = i + 1;
            if (schema != null) {
                token = schema.canonical(token).orElseThrow(() -> new IllegalArgumentException("filter condition "
                        + position + ": schema '" + schema.id() + "' has no attribute '" + m.group(1) + "'"));
            }
            double threshold = Double.parseDouble(m.group(3));
            try {
                conditions.add(new FilterCondition(token, m.group(2).equals(">="), threshold));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("filter condition " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new AttributeFilter(conditions);
    }

    @Override
    public String toString() {
        return conditions.stream().map(FilterCondition::toString).collect(Collectors.joining(" AND "));
    }
}
