package org.sightline.engine.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.PersonDetection;

class GflDecoderTest {

    private static final int BINS = 8;

    @Test
    void expectedBinOfUniformLogitsIsTheMiddle() {
        assertEquals(3.5f, GflDecoder.expectedBin(new float[BINS], 0, BINS), 1e-6);
    }

    @Test
    void expectedBinOfAPeakedDistributionIsThePeak() {
        float[] logits = new float[BINS];
        logits[2] = 50;
        assertEquals(2f, GflDecoder.expectedBin(logits, 0, BINS), 1e-5);
    }

    @Test
    void decodesDistancesFromTheCellCentreAndUndoesTheLetterbox() {
        // A 2x2 grid of stride 8 (16x16 input); only cell (column 1, row 1) is confident.
        int classes = 2;
        float[] scores = new float[4 * classes];
        scores[3 * classes] = 0.9f;      // person score of cell 3
        scores[3 * classes + 1] = 0.99f; // another class must not matter
        scores[0] = 0.1f;                // below threshold
        float[] distributions = new float[4 * 4 * BINS];
        Arrays.fill(distributions, -50);
        int[] peakBins = {1, 1, 0, 0};   // left 8, top 8, right 0, bottom 0
        for (int side = 0; side < 4; side++) {
            distributions[(3 * 4 + side) * BINS + peakBins[side]] = 50;
        }
        GflLevel level = new GflLevel(8, 2, scores, classes, distributions, BINS);
        // Source 32x16 letterboxed into 16: scale 0.5, pad 4 above.
        Letterbox letterbox = Letterbox.fit(32, 16, 16);

        List<PersonDetection> found = GflDecoder.decode(List.of(level), 0, 0.5f, letterbox);

        assertEquals(1, found.size());
        assertEquals(0.9f, found.getFirst().score());
        // Centre (12, 12); input box (4, 4)-(12, 12); source ((4-0)/0.5, (4-4)/0.5)-(24, 16).
        BoundingBox box = found.getFirst().box();
        assertEquals(8, box.x(), 1e-4);
        assertEquals(0, box.y(), 1e-4);
        assertEquals(16, box.width(), 1e-4);
        assertEquals(16, box.height(), 1e-4);
    }
}
