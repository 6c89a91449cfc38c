package org.sightline.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReidEvaluationTest {

    // Unit vectors at these angles (degrees): cosine similarity falls with the angle between them.
    private static final double[] ANGLES = {0, 5, 40, 22, 30, 90};
    private static final String[] IDS = {"A", "A", "A", "B", "B", "C"};
    private static final int[] CAMERAS = {1, 1, 2, 2, 1, 1};

    @Test
    void picksTheFirstImageOfEachIdentityAndCamera() {
        assertArrayEquals(new int[] {0, 2, 3, 4, 5}, ReidEvaluation.onePerIdentityAndCamera(IDS, CAMERAS));
    }

    @Test
    void handComputedMarketProtocol() {
        // Query 0 (A, cam 1): image 1 (A, cam 1) is excluded; ranking 3, 4, 2, 5: first match at
        // rank 3, AP 1/3. Query 2 (A, cam 2): 4, 3, 1, 0, 5: matches at 3 and 4, AP (1/3 + 2/4) / 2.
        // Query 3 (B, cam 2): 4 first, AP 1. Query 4: 3 first, AP 1. Query 5 (C): no match, skipped.
        ReidResult result = evaluate(ReidEvaluation.Gallery.MARKET_1501);
        assertEquals(4, result.evaluatedQueries());
        assertEquals(1, result.skippedQueries());
        assertArrayEquals(new double[] {0.5, 0.5, 1, 1}, result.cmc(), 1e-12);
        assertEquals((1.0 / 3 + (1.0 / 3 + 2.0 / 4) / 2 + 1 + 1) / 4, result.meanAp(), 1e-12);
    }

    @Test
    void handComputedOtherCamerasOnlyGallery() {
        // Query 0: gallery 3, 2 (cam 2): match at rank 2, AP 1/2. Query 2: gallery 4, 1, 0, 5:
        // matches at 2 and 3, AP (1/2 + 2/3) / 2. Queries 3 and 4: AP 1.
        ReidResult result = evaluate(ReidEvaluation.Gallery.OTHER_CAMERAS);
        assertArrayEquals(new double[] {0.5, 1, 1, 1}, result.cmc(), 1e-12);
        assertEquals((0.5 + (0.5 + 2.0 / 3) / 2 + 1 + 1) / 4, result.meanAp(), 1e-12);
        assertEquals(1.0, result.rank(2));
    }

    private static ReidResult evaluate(ReidEvaluation.Gallery gallery) {
        float[][] embeddings = new float[ANGLES.length][];
        for (int i = 0; i < ANGLES.length; i++) {
            double radians = Math.toRadians(ANGLES[i]);
            embeddings[i] = new float[] {(float) Math.cos(radians), (float) Math.sin(radians)};
        }
        return ReidEvaluation.evaluate(embeddings, IDS, CAMERAS,
                ReidEvaluation.onePerIdentityAndCamera(IDS, CAMERAS), gallery, 4);
    }
}
