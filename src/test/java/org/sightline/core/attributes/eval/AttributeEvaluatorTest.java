package org.sightline.core.attributes.eval;

import org.junit.jupiter.api.Test;
import org.sightline.core.attributes.AttributeScores;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values are computed by hand in the comments. */
class AttributeEvaluatorTest {
    private static final List<String> TOKENS = List.of("a", "b", "c");
    private static final List<Set<String>> TRUTH = List.of(Set.of("a", "b"), Set.of("a"), Set.of(), Set.of("b", "c"));
    private static final List<Set<String>> PRED = List.of(Set.of("a"), Set.of("a", "c"), Set.of(), Set.of("b", "c"));

    @Test
    void labelBasedMeanAccuracy() {
        EvaluationReport r = new AttributeEvaluator().evaluate(TOKENS, TRUTH, PRED);
        // a: tp 2 fn 0 tn 2 fp 0 -> (1 + 1) / 2 = 1
        AttributeResult a = r.attribute("a");
        assertEquals(List.of(2, 0, 2, 0), List.of(a.tp(), a.fn(), a.tn(), a.fp()));
        assertEquals(1.0, a.meanAccuracy(), 1e-12);
        // b: tp 1 fn 1 tn 2 fp 0 -> (0.5 + 1) / 2 = 0.75
        assertEquals(0.75, r.attribute("b").meanAccuracy(), 1e-12);
        // c: tp 1 fn 0 tn 2 fp 1 -> (1 + 2/3) / 2 = 5/6
        assertEquals(5.0 / 6, r.attribute("c").meanAccuracy(), 1e-12);
        assertEquals((1 + 0.75 + 5.0 / 6) / 3, r.meanAccuracy(), 1e-12);
    }

    @Test
    void instanceBasedMetricsWithAnEmptyInstanceCountingZero() {
        InstanceMetrics m = new AttributeEvaluator().evaluate(TOKENS, TRUTH, PRED).instance();
        // per instance (acc, prec, rec, f1): (1/2, 1, 1/2, 2/3), (1/2, 1/2, 1, 2/3), (0, 0, 0, 0), (1, 1, 1, 1)
        assertEquals(0.5, m.accuracy(), 1e-12);
        assertEquals(0.625, m.precision(), 1e-12);
        assertEquals(0.625, m.recall(), 1e-12);
        assertEquals(0.625, m.f1(), 1e-12);
        assertEquals((2.0 / 3 + 2.0 / 3 + 0 + 1) / 4, m.meanInstanceF1(), 1e-12);
    }

    @Test
    void attributeWithoutPositivesIsReportedButLeftOutOfMeanAccuracy() {
        List<String> tokens = List.of("a", "d");
        List<Set<String>> truth = List.of(Set.of("a"), Set.of());
        EvaluationReport r = new AttributeEvaluator().evaluate(tokens, truth, truth);
        assertEquals(List.of("d"), r.undefinedAttributes());
        assertTrue(Double.isNaN(r.attribute("d").meanAccuracy()));
        assertEquals(1.0, r.attribute("d").tnr(), 1e-12);
        assertEquals(1.0, r.meanAccuracy(), 1e-12);
        assertTrue(r.table().contains("undefined, left out: [d]"), r.table());
    }

    @Test
    void alwaysPredictingTheMajorityScoresExactlyOneHalf() {
        List<Set<String>> truth = List.of(Set.of("a"), Set.of(), Set.of(), Set.of("a", "b"), Set.of("b"), Set.of("b"));
        // a is rare (2 of 6): always absent; b is common (3 of 6 counts as not rare here): always present
        List<Set<String>> pred = truth.stream().map(t -> Set.of("b")).toList();
        assertEquals(0.5, new AttributeEvaluator().evaluate(List.of("a", "b"), truth, pred).meanAccuracy(), 1e-12);
    }

    @Test
    void scoresAreThresholdedStrictlyAboveTheConfiguredThreshold() {
        List<AttributeScores> scores = List.of(
                new AttributeScores("m", Map.of("a", 0.6f, "b", 0.5f)),
                new AttributeScores("m", Map.of("a", 0.8f, "b", 0.1f)));
        List<Set<String>> truth = List.of(Set.of("a"), Set.of("a"));
        EvaluationReport half = new AttributeEvaluator().evaluateScores(List.of("a", "b"), truth, scores);
        assertEquals(2, half.attribute("a").tp());
        assertEquals(0, half.attribute("b").fp(), "0.5 is not above a threshold of 0.5");
        EvaluationReport strict = new AttributeEvaluator(0.7).evaluateScores(List.of("a", "b"), truth, scores);
        assertEquals(1, strict.attribute("a").tp());
        assertEquals(0.7, strict.threshold());
    }

    @Test
    void mismatchedInputsAreRejected() {
        AttributeEvaluator e = new AttributeEvaluator();
        assertThrows(IllegalArgumentException.class, () -> e.evaluate(TOKENS, TRUTH, PRED.subList(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> e.evaluateScores(List.of("a", "z"), List.of(Set.of()),
                List.of(new AttributeScores("m", Map.of("a", 0.1f)))));
        assertThrows(IllegalArgumentException.class, () -> new AttributeEvaluator(1.5));
    }
}
