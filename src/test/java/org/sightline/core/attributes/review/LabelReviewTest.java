package org.sightline.core.attributes.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.core.attributes.store.SyntheticCase.PREDICTOR;
import static org.sightline.core.attributes.store.SyntheticCase.scores;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.Correction;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.LabelCorrections;
import org.sightline.core.attributes.store.LabelValue;
import org.sightline.core.attributes.store.SyntheticCase;
import org.sightline.core.cases.CaseStore;

class LabelReviewTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.sightlineDefault();

    @TempDir
    Path temp;

    @Test
    void exclusiveChoiceAndUndoAppendRevertingEvents() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            long d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 1).getFirst();
            new AttributePredictions(store).save(d, scores(PREDICTOR, "upperBodyRed", 0.7, "upperBodyBlue", 0.2));
            LabelReview review = new LabelReview(store, SCHEMA, "ana");
            EffectiveLabels labels = new EffectiveLabels(store);

            review.set(d, "upperBodyBlue", true);
            assertEquals(EffectiveLabel.YES, labels.of(d, SCHEMA, 0.5).state("upperBodyBlue").label());
            assertEquals(EffectiveLabel.NO, labels.of(d, SCHEMA, 0.5).state("upperBodyRed").label(),
                    "choosing one colour of an exclusive group says no to the others");
            int colours = SCHEMA.attributesIn("upperBodyColour").size();
            assertEquals(colours, new LabelCorrections(store).history(d).size());

            review.set(d, "upperBodyBlue", false);
            review.set(d, "upperBodyBlue", false);
            assertEquals(2, review.undoDepth(), "a correction equal to the one in force adds no row and no step");

            assertTrue(review.undo());
            assertEquals(EffectiveLabel.YES, labels.of(d, SCHEMA, 0.5).state("upperBodyBlue").label());
            assertTrue(review.undo());
            assertEquals(EffectiveLabel.YES, labels.of(d, SCHEMA, 0.5).state("upperBodyRed").label(), "prediction again");
            assertFalse(review.undo());

            List<Correction> history = new LabelCorrections(store).history(d);
            assertEquals(colours + 1 + 1 + colours, history.size(), "nothing deleted: undo appends");
            Correction last = history.getLast();
            assertEquals(LabelValue.UNSET, last.value());
            assertTrue(last.revertsId().isPresent());
            assertEquals(OptionalLong.empty(), history.getFirst().revertsId());
            assertTrue(new LabelCorrections(store).latest(d).values().stream().allMatch(c -> c.value() == LabelValue.UNSET));
        }
    }

    @Test
    void acceptingThePredictionRecordsItAndKeepsEarlierCorrections() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            long d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 1).getFirst();
            new AttributePredictions(store).save(d, scores(PREDICTOR, "personalMale", 0.8, "hairLong", 0.3,
                    "carryingBackpack", 0.6, "notInSchema", 0.9));
            LabelReview review = new LabelReview(store, SCHEMA, "ana");
            review.set(d, "carryingBackpack", false);

            assertEquals(2, review.acceptPrediction(d, PREDICTOR, 0.5));
            var attributes = new EffectiveLabels(store).of(d, SCHEMA, 0.5);
            assertEquals(Set.of("personalMale"), attributes.positives());
            assertTrue(attributes.fullyReviewed());
            assertEquals(LabelValue.NO, new LabelCorrections(store).latest(d).get("carryingBackpack").value());

            review.acceptPrediction(d, PREDICTOR, 0.5, "carryingBackpack");
            assertEquals(LabelValue.YES, new LabelCorrections(store).latest(d).get("carryingBackpack").value());
            review.undo();
            review.undo();
            assertFalse(new EffectiveLabels(store).of(d, SCHEMA, 0.5).fullyReviewed());
        }
    }

    @Test
    void queueGoesFromMostUncertainAndSkipsFullyReviewedDetections() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            List<Long> d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 4);
            AttributePredictions predictions = new AttributePredictions(store);
            predictions.save(d.get(0), scores(PREDICTOR, "personalMale", 0.95, "hairLong", 0.10));
            predictions.save(d.get(1), scores(PREDICTOR, "personalMale", 0.52, "hairLong", 0.99));
            predictions.save(d.get(2), scores(PREDICTOR, "personalMale", 0.99, "hairLong", 0.40));
            predictions.save(d.get(3), scores(PREDICTOR, "personalMale", 0.49, "hairLong", 0.50));
            ReviewQueue queue = new ReviewQueue(store);

            List<ReviewItem> items = queue.next(SCHEMA, PREDICTOR, 0.5, 10, 0);
            assertEquals(List.of(d.get(3), d.get(1), d.get(2), d.get(0)), items.stream().map(ReviewItem::detectionId).toList());
            assertEquals("hairLong", items.getFirst().token());
            assertEquals(2, items.getFirst().openAttributes());

            LabelReview review = new LabelReview(store, SCHEMA, "ana");
            review.set(d.get(3), "hairLong", true);
            review.acceptPrediction(d.get(1), PREDICTOR, 0.5);
            items = queue.next(SCHEMA, PREDICTOR, 0.5, 10, 0);
            assertEquals(List.of(d.get(3), d.get(2), d.get(0)), items.stream().map(ReviewItem::detectionId).toList());
            assertEquals("personalMale", items.getFirst().token(), "corrected attribute no longer counts");
            assertEquals(List.of(d.get(2)), queue.next(SCHEMA, PREDICTOR, 0.5, 1, 1).stream().map(ReviewItem::detectionId).toList());
        }
    }
}
