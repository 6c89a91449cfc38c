package org.sightline.core.vl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RetrievalMetricsTest {

    @Test
    void recallAndAveragePrecisionByHand() {
        float[][] gallery = {{1, 0}, {0.8f, 0.6f}, {0, 1}, {0.6f, 0.8f}};
        List<String> people = List.of("a", "b", "b", "c");
        // query 1 (person b) along x: ranking 0(a) 1(b) 3(c) 2(b): first hit at rank 2, AP = (1/2 + 2/4) / 2
        // query 2 (person c) along y: ranking 2(b) 3(c) 1(b) 0(a): first hit at rank 2, AP = 1/2
        RetrievalScores s = RetrievalMetrics.evaluate(new float[][] {{1, 0}, {0, 1}}, List.of("b", "c"), gallery, people);
        assertEquals(0.0, s.recallAt1());
        assertEquals(1.0, s.recallAt5());
        assertEquals((0.5 + 0.5) / 2, s.meanAveragePrecision(), 1e-9);
        RetrievalScores perfect = RetrievalMetrics.evaluate(new float[][] {{1, 0}}, List.of("a"), gallery, people);
        assertEquals(1.0, perfect.recallAt1());
        assertEquals(1.0, perfect.meanAveragePrecision(), 1e-9);
    }

    @Test
    void queryWithoutGalleryCropIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RetrievalMetrics.evaluate(new float[][] {{1, 0}}, List.of("z"), new float[][] {{1, 0}}, List.of("a")));
    }

    @Test
    void offsetSearchSeparatesWhenPossible() {
        double t = OffsetSearch.best(new double[] {0.1, 0.2, 0.5, 0.7}, new boolean[] {false, false, true, true});
        assertEquals(0.35, t, 1e-9);
        assertEquals(0, OffsetSearch.best(new double[] {0.1, 0.2}, new boolean[] {true, true}));
    }
}
