package org.sightline.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AP of MOT17-02's public (Faster R-CNN) detections over frames 1-4, on the real files. */
class MotPublicDetectionsApTest {

    @Test
    void publicDetectionsOfMot17Frames1To4() {
        String root = System.getProperty("sightline.dataDir");
        assumeTrue(root != null, "System property sightline.dataDir is not set; skipping");
        Path mot = Path.of(root, "mot17-02");
        assumeTrue(Files.isRegularFile(mot.resolve("gt/gt.txt")) && Files.isRegularFile(mot.resolve("det/det.txt")),
                "mot17-02/gt/gt.txt or det/det.txt missing under " + root + "; skipping");

        Map<Long, List<TruthBox>> truth = MotTruthRule.byFrame(MotFiles.readGroundTruth(mot.resolve("gt/gt.txt")), 1, 4);
        Map<Long, List<ScoredBox>> detections =
                MotTruthRule.detectionsByFrame(MotFiles.readDetections(mot.resolve("det/det.txt")), 1, 4);
        DetectionAp ap = AveragePrecision.compute(detections, truth, 0.5);
        System.out.println("MOT17-02 det/det.txt, frames 1-4: " + ap);

        // 22 counted pedestrians a frame; 51 public detections.
        assertEquals(88, ap.countedTruth());
        assertEquals(51, ap.truePositives() + ap.falsePositives() + ap.ignoredDetections());
        // Observed: 35 TP, 0 FP, 16 on static people (class 7, ignored). With no false positive
        // ahead of any true one, precision stays 1 and AP equals the final recall, 35 / 88.
        assertEquals(35, ap.truePositives(), ap.toString());
        assertEquals(0, ap.falsePositives(), ap.toString());
        assertEquals(35.0 / 88, ap.averagePrecision(), 1e-12);
    }
}
