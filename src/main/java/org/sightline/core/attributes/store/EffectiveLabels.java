package org.sightline.core.attributes.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.cases.CaseStore;

/**
 * Effective labels: a predictor's probability thresholded (yes when strictly above the threshold),
 * overridden by the latest correction in force. Corrections apply whichever predictor is shown.
 */
public final class EffectiveLabels {
    private final CaseStore store;
    private final AttributePredictions predictions;
    private final LabelCorrections corrections;

    public EffectiveLabels(CaseStore store) {
        this.store = store;
        this.predictions = new AttributePredictions(store);
        this.corrections = new LabelCorrections(store);
    }

    /** The detection's attributes with the most recently scoring predictor's probabilities. */
    public DetectionAttributes of(long detectionId, AttributeSchema schema, double threshold) {
        return of(detectionId, schema, null, threshold);
    }

    /** The detection's attributes with {@code predictorId}'s probabilities (null: the most recent predictor). */
    public DetectionAttributes of(long detectionId, AttributeSchema schema, String predictorId, double threshold) {
        List<PredictorInfo> predictors = predictions.predictorsOf(detectionId);
        Optional<PredictorInfo> shown = predictorId == null ? predictors.stream().findFirst()
                : Optional.of(predictors.stream().filter(p -> p.id().equals(predictorId)).findFirst()
                        .orElse(predictions.predictor(predictorId)));
        Optional<AttributeScores> scores = shown.flatMap(p -> predictions.latest(detectionId, p.id()));
        Map<String, Correction> latest = corrections.latest(detectionId);
        List<AttributeState> states = new ArrayList<>();
        for (Attribute attribute : schema.attributes()) {
            OptionalDouble p = scores.map(s -> s.probability(attribute.token())).orElse(OptionalDouble.empty());
            states.add(AttributeState.of(attribute, p, Optional.ofNullable(latest.get(attribute.token())), threshold));
        }
        return new DetectionAttributes(detectionId, schema.id(), threshold, shown, predictors, states);
    }

    /**
     * Effective positive tokens (schema order) of every detection in the case, by detection id in id
     * order; a detection neither scored nor corrected has an empty set. Two queries, so it scales to
     * 100k detections.
     */
    public Map<Long, Set<String>> positivesOfAll(AttributeSchema schema, String predictorId, double threshold) {
        return store.read(c -> {
            Map<Long, Map<String, Boolean>> labels = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id FROM detections ORDER BY id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    labels.put(rows.getLong(1), new HashMap<>());
                }
            }
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT detection_id, attribute, probability FROM attribute_predictions WHERE predictor_id = ?")) {
                query.setString(1, predictorId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Map<String, Boolean> of = labels.get(rows.getLong(1));
                        if (of != null) {
                            of.put(rows.getString(2), rows.getDouble(3) > threshold);
                        }
                    }
                }
            }
            try (PreparedStatement query = c.prepareStatement("SELECT detection_id, attribute, value FROM "
                    + "label_corrections WHERE id IN (SELECT max(id) FROM label_corrections GROUP BY detection_id, "
                    + "attribute) AND value <> 'unset'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, Boolean> of = labels.get(rows.getLong(1));
                    if (of != null) {
                        of.put(rows.getString(2), LabelValue.fromStored(rows.getString(3)) == LabelValue.YES);
                    }
                }
            }
            Map<Long, Set<String>> positives = new LinkedHashMap<>();
            labels.forEach((id, of) -> {
                Set<String> yes = new LinkedHashSet<>();
                for (String token : schema.tokens()) {
                    if (Boolean.TRUE.equals(of.get(token))) {
                        yes.add(token);
                    }
                }
                positives.put(id, yes);
            });
            return positives;
        });
    }
}
