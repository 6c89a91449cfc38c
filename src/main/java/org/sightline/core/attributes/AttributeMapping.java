package org.sightline.core.attributes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a predictor's named outputs become schema tokens. One output may feed several tokens
 * (e.g. {@code is_male} gives {@code personalMale} and, negated, {@code personalFemale}); each
 * token comes from one rule. Schema-independent: tokens a schema lacks are simply unused there.
 */
public record AttributeMapping(String id, String name, List<String> outputs, List<MappingRule> rules) {

    public AttributeMapping {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        outputs = List.copyOf(outputs);
        rules = List.copyOf(rules);
        List<String> problems = new ArrayList<>();
        Set<String> outputSet = new HashSet<>(outputs);
        if (outputSet.size() != outputs.size()) {
            problems.add("outputs list a name twice: " + outputs);
        }
        Map<String, Integer> tokenRule = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            MappingRule r = rules.get(i);
            String where = "rules[" + i + "] (" + r.output() + " -> " + r.token() + ")";
            if (!outputSet.contains(r.output())) {
                problems.add(where + ": output '" + r.output() + "' is not among the outputs " + outputs);
            }
            Integer first = tokenRule.putIfAbsent(r.token(), i);
            if (first != null) {
                problems.add(where + ": token '" + r.token() + "' already mapped by rules[" + first + "]");
            }
            String tokenProblem = Names.problem(r.token());
            if (tokenProblem != null) {
                problems.add(where + ": token " + tokenProblem);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("mapping '" + id + "': " + String.join("; ", problems));
        }
    }

    /** Tokens this mapping produces, in rule order. */
    public List<String> tokens() {
        return rules.stream().map(MappingRule::token).toList();
    }

    /** Maps one crop's output probabilities (by output name) to scores; every mapped output must be present. */
    public AttributeScores apply(String predictorId, Map<String, ? extends Number> outputProbabilities) {
        Map<String, Float> scores = new LinkedHashMap<>();
        for (MappingRule rule : rules) {
            Number p = outputProbabilities.get(rule.output());
            if (p == null) {
                throw new IllegalArgumentException("predictor '" + predictorId + "' gave no output '" + rule.output()
                        + "' needed by mapping '" + id + "'; it gave " + outputProbabilities.keySet());
            }
            scores.put(rule.token(), rule.apply(p.floatValue()));
        }
        return new AttributeScores(predictorId, scores);
    }

    /** Maps outputs given in the order of {@link #outputs()}. */
    public AttributeScores apply(String predictorId, float[] outputProbabilities) {
        if (outputProbabilities.length != outputs.size()) {
            throw new IllegalArgumentException("mapping '" + id + "' expects " + outputs.size() + " outputs "
                    + outputs + ", predictor '" + predictorId + "' gave " + outputProbabilities.length);
        }
        Map<String, Float> byName = new LinkedHashMap<>();
        for (int i = 0; i < outputProbabilities.length; i++) {
            byName.put(outputs.get(i), outputProbabilities[i]);
        }
        return apply(predictorId, byName);
    }

    public MappingCoverage coverage(AttributeSchema schema) {
        Set<String> mapped = new LinkedHashSet<>(tokens());
        List<String> covered = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (String token : schema.tokens()) {
            (mapped.contains(token) ? covered : uncovered).add(token);
        }
        List<String> unused = mapped.stream().filter(t -> !schema.tokens().contains(t)).toList();
        return new MappingCoverage(schema.id(), covered, uncovered, unused);
    }
}
