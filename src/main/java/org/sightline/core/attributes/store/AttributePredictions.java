package org.sightline.core.attributes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.cases.CaseStore;

/**
 * Attribute probabilities saved per detection and predictor. A detection holds one score per
 * (predictor, token): scoring it again with the same predictor replaces the old scores, so the
 * stored ones are always that predictor's latest. Predictions and corrections live apart; saving
 * predictions never touches what the investigator said.
 */
public final class AttributePredictions {
    private final CaseStore store;

    public AttributePredictions(CaseStore store) {
        this.store = store;
    }

    /** Records (or renames) a predictor, inside the caller's transaction. */
    public static void register(Connection c, PredictorInfo predictor) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO attribute_predictors (predictor_id, "
                + "display_name, mapping_id, registered_ms) VALUES (?, ?, ?, ?) ON CONFLICT (predictor_id) DO UPDATE "
                + "SET display_name = excluded.display_name, mapping_id = excluded.mapping_id")) {
            upsert.setString(1, predictor.id());
            upsert.setString(2, predictor.displayName());
            upsert.setString(3, predictor.mappingId());
            upsert.setLong(4, System.currentTimeMillis());
            upsert.executeUpdate();
        }
    }

    public void register(PredictorInfo predictor) {
        store.inTransaction(c -> {
            register(c, predictor);
            return null;
        });
    }

    /** Saves one detection's scores inside the caller's transaction, replacing that predictor's earlier ones. */
    public static void save(Connection c, long detectionId, AttributeScores scores, long createdMs) throws SQLException {
        save(c, Map.of(detectionId, scores), createdMs);
    }

    /** Saves the scores of several detections (by detection id) with one prepared statement. */
    public static void save(Connection c, Map<Long, AttributeScores> scoresByDetection, long createdMs)
            throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO attribute_predictions (detection_id, "
                + "predictor_id, attribute, probability, created_ms) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                + "(detection_id, predictor_id, attribute) DO UPDATE SET probability = excluded.probability, "
                + "created_ms = excluded.created_ms")) {
            for (Map.Entry<Long, AttributeScores> detection : scoresByDetection.entrySet()) {
                AttributeScores scores = detection.getValue();
                for (Map.Entry<String, Float> score : scores.probabilities().entrySet()) {
                    upsert.setLong(1, detection.getKey());
                    upsert.setString(2, scores.predictorId());
                    upsert.setString(3, score.getKey());
                    upsert.setDouble(4, score.getValue());
                    upsert.setLong(5, createdMs);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
    }

    public void save(long detectionId, AttributeScores scores) {
        store.inTransaction(c -> {
            save(c, detectionId, scores, System.currentTimeMillis());
            return null;
        });
    }

    /** The predictor's scores of the detection, or empty when it never scored it. */
    public Optional<AttributeScores> latest(long detectionId, String predictorId) {
        return store.read(c -> {
            Map<String, Float> probabilities = new LinkedHashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT attribute, probability FROM "
                    + "attribute_predictions WHERE detection_id = ? AND predictor_id = ? ORDER BY id")) {
                query.setLong(1, detectionId);
                query.setString(2, predictorId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        probabilities.put(rows.getString(1), rows.getFloat(2));
                    }
                }
            }
            return probabilities.isEmpty() ? Optional.empty()
                    : Optional.of(new AttributeScores(predictorId, probabilities));
        });
    }

    /** The predictors that scored the detection, most recently scoring first, with their display names. */
    public List<PredictorInfo> predictorsOf(long detectionId) {
        return store.read(c -> {
            List<PredictorInfo> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT p.predictor_id, r.display_name, r.mapping_id "
                    + "FROM attribute_predictions p LEFT JOIN attribute_predictors r ON r.predictor_id = p.predictor_id "
                    + "WHERE p.detection_id = ? GROUP BY p.predictor_id ORDER BY max(p.created_ms) DESC, p.predictor_id")) {
                query.setLong(1, detectionId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new PredictorInfo(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    /** Every predictor registered in the case, by id. */
    public List<PredictorInfo> predictors() {
        return store.read(c -> {
            List<PredictorInfo> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT predictor_id, display_name, mapping_id "
                    + "FROM attribute_predictors ORDER BY predictor_id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new PredictorInfo(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return found;
        });
    }

    /** The registered predictor with this id, or one named by its id when it was never registered. */
    public PredictorInfo predictor(String predictorId) {
        return predictors().stream().filter(p -> p.id().equals(predictorId)).findFirst()
                .orElse(new PredictorInfo(predictorId, predictorId, ""));
    }
}
