package org.sightline.core.attributes.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.review.ReviewQueue;
import org.sightline.core.cases.CaseStore;

/**
 * The gallery filter and the review queue on many scored detections: 10,000 by default (seconds on a
 * loaded 2-core machine); {@code -Dsightline.attributeScale=100000} measures the 100k case.
 */
class AttributeSearchScaleTest {
    private static final int DETECTIONS = Integer.getInteger("sightline.attributeScale", 10_000);

    @TempDir
    Path temp;

    @Test
    void filterAndQueueOn100kDetections() {
        try (CaseStore store = SyntheticCase.create(temp.resolve("case"))) {
            List<Long> ids = SyntheticCase.detections(store, temp.resolve("cam.mp4"), DETECTIONS);
            Random random = new Random(7);
            int expected = 0;
            float[][] p = new float[DETECTIONS][3];
            for (int i = 0; i < DETECTIONS; i++) {
                for (int k = 0; k < 3; k++) {
                    p[i][k] = random.nextFloat();
                }
                expected += p[i][0] >= 0.6f && p[i][1] >= 0.5f && p[i][2] >= 0.5f ? 1 : 0;
            }
            long insertStart = System.nanoTime();
            java.util.Map<Long, org.sightline.core.attributes.AttributeScores> all = new java.util.LinkedHashMap<>();
            for (int i = 0; i < DETECTIONS; i++) {
                all.put(ids.get(i), SyntheticCase.scores(SyntheticCase.PREDICTOR,
                        "personalFemale", p[i][0], "carryingBackpack", p[i][1], "upperBodyRed", p[i][2]));
            }
            store.inTransaction(c -> {
                AttributePredictions.save(c, all, 1L);
                return null;
            });
            long insertMs = (System.nanoTime() - insertStart) / 1_000_000;
            AttributeFilter filter = AttributeFilter.parse(
                    "personalFemale >= 0.6 AND carryingBackpack >= 0.5 AND upperBodyRed >= 0.5", null);
            long start = System.nanoTime();
            List<Long> found = new AttributeSearch(store).find(filter, SyntheticCase.PREDICTOR);
            long filterMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            var queue = new ReviewQueue(store).next(BuiltInSchemas.sightlineDefault(), SyntheticCase.PREDICTOR, 0.5, 50, 0);
            long queueMs = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%d detections: insert %d ms, filter %d ms (%d found), review queue %d ms%n",
                    DETECTIONS, insertMs, filterMs, found.size(), queueMs);
            // float -> REAL -> float keeps the value, so SQL agrees with the Java count exactly.
            assertEquals(expected, found.size());
            assertEquals(50, queue.size());
            assertTrue(queue.getFirst().margin() <= queue.getLast().margin());
        }
    }

}
