package org.sightline.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.BoundingBox;

class MotFilesTest {

    @Test
    void readsGroundTruthRowsInZeroBasedPixels(@TempDir Path dir) throws Exception {
        Path gt = Files.writeString(dir.resolve("gt.txt"), """
                1,1,912,484,97,109,0,7,1.0
                1,2,100,200,30,60,1,1,0.5

                2,2,101,201,30,60,1,1
                """);
        List<MotGroundTruthRow> rows = MotFiles.readGroundTruth(gt);
        assertEquals(3, rows.size());
        assertEquals(new MotGroundTruthRow(1, 1, new BoundingBox(911, 483, 97, 109), false, 7, 1.0), rows.get(0));
        assertEquals(new MotGroundTruthRow(1, 2, new BoundingBox(99, 199, 30, 60), true, 1, 0.5), rows.get(1));
        assertEquals(1.0, rows.get(2).visibility());
    }

    @Test
    void readsDetections(@TempDir Path dir) throws Exception {
        Path det = Files.writeString(dir.resolve("det.txt"), "1,-1,1463.8,414.5,120.2,353.2,0.094\n"
                + "2,-1,10,20,30,40,-1.5,-1,-1,-1\n");
        List<MotDetectionRow> rows = MotFiles.readDetections(det);
        assertEquals(new MotDetectionRow(1, new BoundingBox(1462.8, 413.5, 120.2, 353.2), 0.094), rows.get(0));
        assertEquals(-1.5, rows.get(1).score());
        Map<Long, List<ScoredBox>> frames = MotTruthRule.detectionsByFrame(rows, 2, 2);
        assertEquals(List.of(2L), List.copyOf(frames.keySet()));
    }

    @Test
    void badLinesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path gt = Files.writeString(dir.resolve("gt.txt"), "1,1,10,10,5,5,1,1,1\n1,2,10,x,5,5,1,1,1\n");
        EvalFileException e = assertThrows(EvalFileException.class, () -> MotFiles.readGroundTruth(gt));
        assertTrue(e.getMessage().startsWith(gt + ":2: y is not a number"), e.getMessage());
        Path shortLine = Files.writeString(dir.resolve("det.txt"), "1,-1,10,10,5\n");
        EvalFileException s = assertThrows(EvalFileException.class, () -> MotFiles.readDetections(shortLine));
        assertTrue(s.getMessage().contains(":1: expected at least 7"), s.getMessage());
        EvalFileException missing = assertThrows(EvalFileException.class,
                () -> MotFiles.readDetections(dir.resolve("absent.txt")));
        assertTrue(missing.getMessage().contains("absent.txt: cannot be read"), missing.getMessage());
    }

    @Test
    void theTruthRuleCountsConsideredPedestriansAndIgnoresDistractors() {
        BoundingBox box = new BoundingBox(0, 0, 10, 20);
        assertFalse(MotTruthRule.classify(new MotGroundTruthRow(1, 1, box, true, 1, 1)).ignore());
        assertTrue(MotTruthRule.classify(new MotGroundTruthRow(1, 1, box, false, 1, 1)).ignore());
        for (int distractor : new int[] {2, 7, 8, 12}) {
            assertTrue(MotTruthRule.classify(new MotGroundTruthRow(1, 1, box, false, distractor, 1)).ignore());
        }
        assertNull(MotTruthRule.classify(new MotGroundTruthRow(1, 1, box, false, 4, 1)), "bicycle: dropped");
        assertNull(MotTruthRule.classify(new MotGroundTruthRow(1, 1, box, false, 9, 1)), "occluder: dropped");
    }
}
