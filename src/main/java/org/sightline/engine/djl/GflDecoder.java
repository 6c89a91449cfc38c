package org.sightline.engine.djl;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.PersonDetection;

/**
 * Decodes NanoDet's Generalized Focal Loss head: each grid point predicts, per side, a softmax
 * distribution over distance bins; the expected bin times the stride is the distance from the
 * point's centre ((column + 0.5) x stride, as NanoDet's GFL head places it) to that side.
 */
final class GflDecoder {

    private GflDecoder() {
    }

    /** Candidates of class {@code classIndex} scoring at least {@code threshold}, in source pixels. */
    static List<PersonDetection> decode(List<GflLevel> levels, int classIndex, float threshold, Letterbox letterbox) {
        List<PersonDetection> found = new ArrayList<>();
        float[] distances = new float[4];
        for (GflLevel level : levels) {
            for (int cell = 0; cell < level.cells(); cell++) {
                float score = level.classScores()[cell * level.numClasses() + classIndex];
                if (score < threshold) {
                    continue;
                }
                for (int side = 0; side < 4; side++) {
                    distances[side] = expectedBin(level.distributions(), (cell * 4 + side) * level.bins(), level.bins())
                            * level.stride();
                }
                double cx = (cell % level.gridSide() + 0.5) * level.stride();
                double cy = (cell / level.gridSide() + 0.5) * level.stride();
                BoundingBox box = letterbox.toSource(cx - distances[0], cy - distances[1],
                        cx + distances[2], cy + distances[3]);
                if (box.area() > 0) {
                    found.add(new PersonDetection(box, Math.clamp(score, 0f, 1f)));
                }
            }
        }
        return found;
    }

    /** Softmax over {@code bins} logits starting at {@code offset}, then the expected bin index. */
    static float expectedBin(float[] logits, int offset, int bins) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, logits[offset + i]);
        }
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < bins; i++) {
            double e = Math.exp(logits[offset + i] - max);
            sum += e;
            weighted += e * i;
        }
        return (float) (weighted / sum);
    }
}
