package org.sightline.engine.djl;

import java.util.Arrays;
import org.sightline.core.inference.InferenceException;

/**
 * Where a YOLO export keeps its candidates. YOLOv5 writes [1, N, 5 + classes] (cx, cy, w, h,
 * objectness, class scores per row); YOLOv8 and v11 write [1, 4 + classes, N] (cx, cy, w, h, class
 * scores per column, no objectness). N (thousands of anchors) is always the longer axis.
 *
 * @param candidates   N
 * @param classes      number of class scores per candidate
 * @param objectness   whether a candidate carries an objectness score (v5)
 * @param attributeStride distance in the flat array between two attributes of one candidate
 * @param candidateStride distance in the flat array between two candidates
 */
record YoloLayout(int candidates, int classes, boolean objectness, int attributeStride, int candidateStride) {

    /** The layout of an output of {@code shape}; throws naming the shape when it is neither. */
    static YoloLayout of(long[] shape) {
        if (shape.length != 3 || shape[0] != 1 || shape[1] == shape[2]) {
            throw new InferenceException("YOLO output of shape " + Arrays.toString(shape)
                    + " is neither [1, N, 5 + classes] (YOLOv5) nor [1, 4 + classes, N] (YOLOv8/v11)");
        }
        if (shape[1] < shape[2]) {
            int attributes = (int) shape[1];
            int candidates = (int) shape[2];
            requireClasses(shape, attributes - 4);
            return new YoloLayout(candidates, attributes - 4, false, candidates, 1);
        }
        int candidates = (int) shape[1];
        int attributes = (int) shape[2];
        requireClasses(shape, attributes - 5);
        return new YoloLayout(candidates, attributes - 5, true, 1, attributes);
    }

    private static void requireClasses(long[] shape, int classes) {
        if (classes < 1) {
            throw new InferenceException("YOLO output of shape " + Arrays.toString(shape) + " has no class scores");
        }
    }

    /** Index in the flat output of {@code attribute} (0 = cx ... ) of {@code candidate}. */
    int index(int candidate, int attribute) {
        return candidate * candidateStride + attribute * attributeStride;
    }

    /** Attribute number of class {@code c}'s score. */
    int classAttribute(int c) {
        return (objectness ? 5 : 4) + c;
    }
}
