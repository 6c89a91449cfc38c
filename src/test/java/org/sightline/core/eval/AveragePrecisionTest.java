package org.sightline.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.BoundingBox;

class AveragePrecisionTest {

    private static final BoundingBox A = square(0, 0);
    private static final BoundingBox B = square(100, 0);
    private static final BoundingBox STATIC_PERSON = square(200, 0);

    @Test
    void handComputedApWithADuplicateAMissAndAnIgnoredBox() {
        Map<Long, List<TruthBox>> truth = Map.of(
                1L, List.of(counted(A), counted(B), new TruthBox(STATIC_PERSON, true)),
                2L, List.of(counted(A)));
        Map<Long, List<ScoredBox>> detections = Map.of(
                1L, List.of(new ScoredBox(A, 0.9), new ScoredBox(A, 0.8), new ScoredBox(STATIC_PERSON, 0.7)),
                2L, List.of(new ScoredBox(A, 0.6), new ScoredBox(square(50, 50), 0.5)));
        // Best first: TP, FP (duplicate), ignored, TP, FP. Recall 1/3, 1/3, 2/3, 2/3 at precision
        // 1, 1/2, 2/3, 1/2; made monotone: AP = 1/3 * 1 + 1/3 * 2/3 = 5/9.
        DetectionAp ap = AveragePrecision.compute(detections, truth, 0.5);
        assertEquals(5.0 / 9, ap.averagePrecision(), 1e-12);
        assertEquals(2, ap.truePositives());
        assertEquals(2, ap.falsePositives());
        assertEquals(1, ap.ignoredDetections());
        assertEquals(3, ap.countedTruth());

        // Without the ignore box (as for a dropped class), its detection is a false positive:
        // TP, FP, FP, TP, FP: recall 1/3, 1/3, 1/3, 2/3, 2/3 at precision 1, 1/2, 1/3, 1/2, 2/5;
        // made monotone: AP = 1/3 * 1 + 1/3 * 1/2 = 1/2.
        Map<Long, List<TruthBox>> dropped = Map.of(1L, List.of(counted(A), counted(B)), 2L, List.of(counted(A)));
        assertEquals(0.5, AveragePrecision.compute(detections, dropped, 0.5).averagePrecision(), 1e-12);

        // Counted, the static person is found: TP, FP, TP, TP, FP of 4: recall steps of 1/4 at
        // monotone precision 1, 3/4, 3/4: AP = 1/4 + 1/4 * 3/4 * 2 = 5/8.
        Map<Long, List<TruthBox>> allCounted = Map.of(
                1L, List.of(counted(A), counted(B), counted(STATIC_PERSON)), 2L, List.of(counted(A)));
        assertEquals(5.0 / 8, AveragePrecision.compute(detections, allCounted, 0.5).averagePrecision(), 1e-12);
    }

    @Test
    void aDetectionWhoseBestBoxIsTakenMatchesTheNextCountedOne() {
        BoundingBox left = square(0, 0);
        BoundingBox right = square(2, 0);
        DetectionAp ap = AveragePrecision.compute(
                Map.of(1L, List.of(new ScoredBox(left, 0.9), new ScoredBox(square(1, 0), 0.8))),
                Map.of(1L, List.of(counted(left), counted(right))), 0.5);
        assertEquals(1.0, ap.averagePrecision(), 1e-12);
        assertEquals(2, ap.truePositives());
    }

    @Test
    void belowTheIouThresholdIsAFalsePositive() {
        // IoU of squares shifted by 4 of 10: 60 / 140 = 0.43.
        DetectionAp ap = AveragePrecision.compute(Map.of(1L, List.of(new ScoredBox(square(4, 0), 1))),
                Map.of(1L, List.of(counted(A))), 0.5);
        assertEquals(0, ap.averagePrecision());
        assertEquals(1, ap.falsePositives());
        assertEquals(1.0, AveragePrecision.compute(Map.of(1L, List.of(new ScoredBox(square(4, 0), 1))),
                Map.of(1L, List.of(counted(A))), 0.4).averagePrecision(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> AveragePrecision.compute(Map.of(), Map.of(), 0));
    }

    private static TruthBox counted(BoundingBox box) {
        return new TruthBox(box, false);
    }

    private static BoundingBox square(double x, double y) {
        return new BoundingBox(x, y, 10, 10);
    }
}
