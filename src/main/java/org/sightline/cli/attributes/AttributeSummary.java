package org.sightline.cli.attributes;

import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;

/** Prints, per schema attribute a predictor scores, how many detections it scored, its mean, and the yes counts. */
final class AttributeSummary {

    private AttributeSummary() {
    }

    static void print(CaseStore store, AttributeSchema schema, PredictorInfo predictor, double threshold,
                      PrintWriter out) {
        Map<String, double[]> stats = store.read(c -> {
            Map<String, double[]> found = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT attribute, count(*), avg(probability), "
                    + "sum(probability > ?) FROM attribute_predictions WHERE predictor_id = ? GROUP BY attribute")) {
                query.setDouble(1, threshold);
                query.setString(2, predictor.id());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getString(1), new double[] {rows.getLong(2), rows.getDouble(3), rows.getLong(4)});
                    }
                }
            }
            return found;
        });
        Map<Long, Set<String>> effective = new EffectiveLabels(store).positivesOfAll(schema, predictor.id(), threshold);
        out.printf(Locale.ROOT, "Attributes of %d detections by %s (%s), schema %s, yes when p > %.2f%n",
                effective.size(), predictor.displayName(), predictor.id(), schema.id(), threshold);
        int width = Math.max(9, schema.tokens().stream().mapToInt(String::length).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s %8s %7s %8s %9s%n", "attribute", "scored", "mean p", "predicted",
                "effective");
        for (String token : schema.tokens()) {
            double[] s = stats.get(token);
            if (s == null) {
                continue;
            }
            long yes = effective.values().stream().filter(tokens -> tokens.contains(token)).count();
            out.printf(Locale.ROOT, "%-" + width + "s %8d %7.3f %8d %9d%n", token, (long) s[0], s[1], (long) s[2], yes);
        }
        long uncovered = schema.tokens().stream().filter(t -> !stats.containsKey(t)).count();
        out.printf(Locale.ROOT, "%d of %d schema attributes are not scored by this predictor; "
                + "'effective' counts corrections too%n", uncovered, schema.size());
        out.flush();
    }
}
