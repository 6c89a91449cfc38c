package org.sightline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.NonMaxSuppression;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;

/**
 * Letterboxed BGR frame in, people out. The head's outputs are matched by shape, not name: the
 * 320 export names them out of order (its "bbox_pred0" holds class scores).
 */
final class NanoDetTranslator implements NoBatchifyTranslator<RgbImage, List<PersonDetection>> {

    static final int COCO_CLASSES = 80;
    static final int PERSON_CLASS = 0;
    static final int BINS = 8;
    private static final ImageTensors.Normalization NORMALIZATION = ImageTensors.Normalization.of(true, 1f,
            new float[] {103.53f, 116.28f, 123.675f}, new float[] {57.375f, 57.12f, 58.395f});
    private static final String LETTERBOX = "letterbox";

    private final DetectorSettings settings;

    NanoDetTranslator(DetectorSettings settings) {
        this.settings = settings;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, RgbImage frame) {
        int size = settings.inputSize();
        Letterbox letterbox = Letterbox.fit(frame.width(), frame.height(), size);
        ctx.setAttachment(LETTERBOX, letterbox);
        float[] data = new float[3 * size * size];
        ImageTensors.writeChw(RgbImages.letterbox(frame, letterbox), NORMALIZATION, data, 0);
        return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(data), new Shape(1, 3, size, size)));
    }

    @Override
    public List<PersonDetection> processOutput(TranslatorContext ctx, NDList outputs) {
        Letterbox letterbox = (Letterbox) ctx.getAttachment(LETTERBOX);
        List<PersonDetection> candidates = GflDecoder.decode(levels(outputs, settings.inputSize()),
                PERSON_CLASS, settings.confidenceThreshold(), letterbox);
        return NonMaxSuppression.apply(candidates, settings.nmsIouThreshold());
    }

    static List<GflLevel> levels(NDList outputs, int inputSize) {
        Map<Long, float[]> scores = new TreeMap<>();
        Map<Long, float[]> boxes = new TreeMap<>();
        for (NDArray output : outputs) {
            Shape shape = output.getShape();
            long width = shape.get(shape.dimension() - 1);
            long rows = shape.size() / width;
            if (width == COCO_CLASSES) {
                scores.put(rows, output.toFloatArray());
            } else if (width == 4L * BINS) {
                boxes.put(rows, output.toFloatArray());
            } else {
                throw new InferenceException("Unexpected NanoDet output " + output.getName() + " of shape " + shape);
            }
        }
        if (scores.isEmpty() || !scores.keySet().equals(boxes.keySet())) {
            throw new InferenceException("NanoDet outputs do not pair up: score rows " + scores.keySet()
                    + ", box rows " + boxes.keySet());
        }
        List<GflLevel> levels = new ArrayList<>();
        for (Map.Entry<Long, float[]> entry : scores.entrySet()) {
            int side = (int) Math.round(Math.sqrt(entry.getKey()));
            int stride = (int) Math.round((double) inputSize / side);
            if ((long) side * side != entry.getKey() || (inputSize + stride - 1) / stride != side) {
                throw new InferenceException("NanoDet output with " + entry.getKey()
                        + " grid cells does not fit input size " + inputSize + "; does the model take another size?");
            }
            levels.add(new GflLevel(stride, side, entry.getValue(), COCO_CLASSES, boxes.get(entry.getKey()), BINS));
        }
        return levels;
    }
}
