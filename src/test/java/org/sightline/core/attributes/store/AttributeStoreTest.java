package org.sightline.core.attributes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.core.attributes.store.SyntheticCase.PREDICTOR;
import static org.sightline.core.attributes.store.SyntheticCase.scores;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;

class AttributeStoreTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.sightlineDefault();

    @TempDir
    Path temp;

    @Test
    void rescoringReplacesOnlyThatPredictorsScoresAndNamesEveryPredictor() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            long d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 1).getFirst();
            AttributePredictions predictions = new AttributePredictions(store);
            predictions.register(new PredictorInfo(PREDICTOR, "Test model", "m"));
            predictions.save(d, scores(PREDICTOR, "personalMale", 0.9, "carryingBackpack", 0.2));
            predictions.save(d, scores("other", "personalMale", 0.1));
            predictions.save(d, scores(PREDICTOR, "personalMale", 0.3, "carryingBackpack", 0.8));

            assertEquals(scores(PREDICTOR, "personalMale", 0.3, "carryingBackpack", 0.8), predictions.latest(d, PREDICTOR).orElseThrow());
            assertEquals(0.1f, predictions.latest(d, "other").orElseThrow().probabilities().get("personalMale"));
            List<PredictorInfo> who = predictions.predictorsOf(d);
            assertEquals(Set.of(new PredictorInfo(PREDICTOR, "Test model", "m"), new PredictorInfo("other", "other", "")),
                    Set.copyOf(who));
            assertEquals(3L, count(store, "SELECT count(*) FROM attribute_predictions"));
        }
    }

    @Test
    void correctionOverridesThresholdedPredictionAndWithdrawingItShowsThePredictionAgain() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            long d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 1).getFirst();
            new AttributePredictions(store).save(d, scores(PREDICTOR, "personalMale", 0.7, "carryingBackpack", 0.5));
            EffectiveLabels labels = new EffectiveLabels(store);

            DetectionAttributes before = labels.of(d, SCHEMA, 0.5);
            assertEquals(PREDICTOR, before.predictor().orElseThrow().id());
            assertEquals(EffectiveLabel.YES, before.state("personalMale").label());
            assertEquals(EffectiveLabel.NO, before.state("carryingBackpack").label(), "yes only strictly above 0.5");
            assertEquals(EffectiveLabel.UNKNOWN, before.state("upperBodyRed").label());
            assertEquals(LabelSource.NONE, before.state("upperBodyRed").source());

            store.inTransaction(c -> LabelCorrections.append(c, d, "personalMale", LabelValue.NO, "ana", null));
            DetectionAttributes corrected = labels.of(d, SCHEMA, 0.5);
            assertEquals(EffectiveLabel.NO, corrected.state("personalMale").label());
            assertEquals(LabelSource.CORRECTION, corrected.state("personalMale").source());
            assertEquals(0.7, corrected.state("personalMale").probability().getAsDouble(), 1e-6, "prediction kept beside it");
            assertEquals("ana", corrected.state("personalMale").correction().orElseThrow().author());

            store.inTransaction(c -> LabelCorrections.append(c, d, "personalMale", LabelValue.UNSET, "ana", null));
            assertEquals(EffectiveLabel.YES, labels.of(d, SCHEMA, 0.5).state("personalMale").label());
            assertEquals(Set.of(), labels.positivesOfAll(SCHEMA, PREDICTOR, 0.9).get(d));
            assertEquals(Set.of("personalMale"), labels.positivesOfAll(SCHEMA, PREDICTOR, 0.5).get(d));
        }
    }

    @Test
    void correctionsAreAppendOnly() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            long d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 1).getFirst();
            store.inTransaction(c -> LabelCorrections.append(c, d, "hairLong", LabelValue.YES, "ana", null));
            CaseStoreException refused = assertThrows(CaseStoreException.class, () -> store.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE label_corrections SET value = 'no'");
                }
            }));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> store.inTransaction(c -> LabelCorrections.append(c, d, "hairLong", LabelValue.NO, " ", null)));
            assertEquals(LabelValue.YES, new LabelCorrections(store).latest(d).get("hairLong").value());
        }
    }

    @Test
    void filterCombinesConditionsWithCorrectionsCountingAsOneOrZero() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            List<Long> d = SyntheticCase.detections(store, temp.resolve("cam.mp4"), 4);
            AttributePredictions predictions = new AttributePredictions(store);
            predictions.save(d.get(0), scores(PREDICTOR, "personalFemale", 0.9, "carryingBackpack", 0.6));
            predictions.save(d.get(1), scores(PREDICTOR, "personalFemale", 0.5, "carryingBackpack", 0.9));
            predictions.save(d.get(2), scores(PREDICTOR, "personalFemale", 0.8, "carryingBackpack", 0.1));
            predictions.save(d.get(3), scores("other", "personalFemale", 0.99, "carryingBackpack", 0.99));
            store.inTransaction(c -> LabelCorrections.append(c, d.get(2), "carryingBackpack", LabelValue.YES, "ana", null));
            store.inTransaction(c -> LabelCorrections.append(c, d.get(0), "personalFemale", LabelValue.NO, "ana", null));
            AttributeSearch search = new AttributeSearch(store);

            AttributeFilter filter = AttributeFilter.parse("personalFemale >= 0.6 AND carryingBackpack >= 0.5", SCHEMA);
            assertEquals(List.of(d.get(2)), search.find(filter, PREDICTOR));
            assertEquals(List.of(d.get(0), d.get(1)), search.find(AttributeFilter.parse("personalFemale <= 0.5", SCHEMA), PREDICTOR));
            assertEquals(List.of(d.get(3)), search.find(AttributeFilter.parse("personalFemale >= 0.6", SCHEMA), "other"));
            assertEquals(d, search.find(AttributeFilter.parse("", SCHEMA), PREDICTOR), "no condition: everything");
        }
    }

    @Test
    void filterTextErrorsNameTheCondition() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> AttributeFilter.parse("personalFemale >= 0.6 AND wings >= 0.5", SCHEMA));
        assertTrue(unknown.getMessage().contains("condition 2") && unknown.getMessage().contains("wings"), unknown.getMessage());
        IllegalArgumentException form = assertThrows(IllegalArgumentException.class,
                () -> AttributeFilter.parse("personalFemale > 0.6", SCHEMA));
        assertTrue(form.getMessage().contains("condition 1"), form.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttributeFilter.parse("personalFemale >= 1.5", SCHEMA));
        assertEquals("footwearSneakers >= 0.5", AttributeFilter.parse("footwearSneaker >= 0.5", SCHEMA).toString());
        assertFalse(AttributeFilter.parse("hairLong<=0.2 and hairShort>=.7", SCHEMA).conditions().getFirst().atLeast());
    }

    static long count(CaseStore store, String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
