package org.sightline.engine.djl;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.PersonDetection;

/**
 * Turns an Ultralytics YOLO output into person candidates. As Ultralytics' own NMS does (one label
 * per box), a candidate counts only when its best class is the person class; its confidence is
 * that class's score, times objectness for YOLOv5. Boxes are centre/size in model-input pixels.
 */
final class YoloDecoder {

    private YoloDecoder() {
    }

    /** Candidates whose best class is {@code classIndex} with confidence at least {@code threshold}. */
    static List<PersonDetection> decode(float[] output, YoloLayout layout, int classIndex, float threshold,
                                        Letterbox letterbox) {
        List<PersonDetection> found = new ArrayList<>();
        for (int n = 0; n < layout.candidates(); n++) {
            float objectness = layout.objectness() ? output[layout.index(n, 4)] : 1f;
            if (objectness < threshold) {
                continue;
            }
            float wanted = output[layout.index(n, layout.classAttribute(classIndex))];
            float confidence = objectness * wanted;
            if (confidence < threshold || !isBestClass(output, layout, n, classIndex, wanted)) {
                continue;
            }
            double cx = output[layout.index(n, 0)];
            double cy = output[layout.index(n, 1)];
            double halfWidth = output[layout.index(n, 2)] / 2.0;
            double halfHeight = output[layout.index(n, 3)] / 2.0;
            BoundingBox box = letterbox.toSource(cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight);
            if (box.area() > 0) {
                found.add(new PersonDetection(box, Math.clamp(confidence, 0f, 1f)));
            }
        }
        return found;
    }

    private static boolean isBestClass(float[] output, YoloLayout layout, int n, int classIndex, float score) {
        for (int c = 0; c < layout.classes(); c++) {
            if (c != classIndex && output[layout.index(n, layout.classAttribute(c))] > score) {
                return false;
            }
        }
        return true;
    }
}
