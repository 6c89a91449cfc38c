package org.sightline.core.attributes.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.Correction;
import org.sightline.core.attributes.store.LabelCorrections;
import org.sightline.core.attributes.store.LabelValue;
import org.sightline.core.cases.CaseStore;

/**
 * One investigator's label-correction session on a case under one schema. Every action appends
 * corrections in one transaction and is one step of this session's undo stack. Undo appends, for
 * each correction of the step (newest first), a correction restoring the value in force before it
 * ({@code unset} where there was none) that names the one it reverts; nothing is ever deleted.
 * The stack lives as long as this object: another session's later corrections to the same attribute
 * would be overridden by an undo here, as the newest row always wins.
 */
public final class LabelReview {
    private final CaseStore store;
    private final AttributeSchema schema;
    private final String author;
    private final Deque<List<Appended>> undo = new ArrayDeque<>();

    public LabelReview(CaseStore store, AttributeSchema schema, String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a review session needs an author name");
        }
        this.store = store;
        this.schema = schema;
        this.author = author.strip();
    }

    public String author() {
        return author;
    }

    /**
     * Says {@code token} is present or absent. Saying an attribute of an exclusive group is present also
     * says the group's others are absent (one age band, one colour), in the same undo step.
     */
    public void set(long detectionId, String token, boolean present) {
        Attribute attribute = attribute(token);
        Map<String, LabelValue> values = new LinkedHashMap<>();
        values.put(attribute.token(), LabelValue.of(present));
        if (present && schema.groupOf(attribute).exclusive()) {
            for (Attribute other : schema.attributesIn(attribute.group())) {
                values.putIfAbsent(other.token(), LabelValue.NO);
            }
        }
        apply(detectionId, values);
    }

    /** Withdraws the correction of {@code token}, so the prediction shows again. */
    public void clear(long detectionId, String token) {
        apply(detectionId, Map.of(attribute(token).token(), LabelValue.UNSET));
    }

    /**
     * Accepts the predictor's thresholded scores as labels for the schema attributes it covers that have
     * no correction in force (the investigator's earlier corrections stay); returns how many were recorded.
     */
    public int acceptPrediction(long detectionId, String predictorId, double threshold) {
        AttributeScores scores = scores(detectionId, predictorId);
        Map<String, LabelValue> values = new LinkedHashMap<>();
        store.read(c -> {
            for (String token : schema.tokens()) {
                if (scores.covers(token) && LabelCorrections.latest(c, detectionId, token)
                        .map(Correction::value).orElse(LabelValue.UNSET) == LabelValue.UNSET) {
                    values.put(token, LabelValue.of(scores.probability(token).getAsDouble() > threshold));
                }
            }
            return null;
        });
        return apply(detectionId, values);
    }

    /** Accepts the prediction of one attribute, overriding any correction in force. */
    public void acceptPrediction(long detectionId, String predictorId, double threshold, String token) {
        String canonical = attribute(token).token();
        AttributeScores scores = scores(detectionId, predictorId);
        if (!scores.covers(canonical)) {
            throw new IllegalArgumentException("predictor '" + predictorId + "' gave detection " + detectionId
                    + " no score for '" + canonical + "'");
        }
        apply(detectionId, Map.of(canonical, LabelValue.of(scores.probability(canonical).getAsDouble() > threshold)));
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public int undoDepth() {
        return undo.size();
    }

    /** Reverts this session's latest step; false when there is nothing to undo. */
    public boolean undo() {
        List<Appended> step = undo.peek();
        if (step == null) {
            return false;
        }
        store.inTransaction(c -> {
            for (Appended appended : step.reversed()) {
                LabelCorrections.append(c, appended.detectionId(), appended.token(), appended.previous(), author,
                        appended.correctionId());
            }
            return null;
        });
        undo.pop();
        return true;
    }

    /** Appends the values that differ from the correction in force, as one undo step; returns how many. */
    private int apply(long detectionId, Map<String, LabelValue> values) {
        List<Appended> step = store.inTransaction(c -> {
            List<Appended> appended = new ArrayList<>();
            for (Map.Entry<String, LabelValue> value : values.entrySet()) {
                LabelValue previous = inForce(c, detectionId, value.getKey());
                if (previous != value.getValue()) {
                    long id = LabelCorrections.append(c, detectionId, value.getKey(), value.getValue(), author, null);
                    appended.add(new Appended(id, detectionId, value.getKey(), previous));
                }
            }
            return appended;
        });
        if (!step.isEmpty()) {
            undo.push(step);
        }
        return step.size();
    }

    private static LabelValue inForce(Connection c, long detectionId, String token) throws SQLException {
        Optional<Correction> latest = LabelCorrections.latest(c, detectionId, token);
        return latest.map(Correction::value).orElse(LabelValue.UNSET);
    }

    private AttributeScores scores(long detectionId, String predictorId) {
        return new AttributePredictions(store).latest(detectionId, predictorId).orElseThrow(() ->
                new IllegalArgumentException("predictor '" + predictorId + "' has not scored detection " + detectionId));
    }

    private Attribute attribute(String token) {
        return schema.find(token).orElseThrow(() -> new IllegalArgumentException("schema '" + schema.id()
                + "' has no attribute '" + token + "'"));
    }

    private record Appended(long correctionId, long detectionId, String token, LabelValue previous) {
    }
}
