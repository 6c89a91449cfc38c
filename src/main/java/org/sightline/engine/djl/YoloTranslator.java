package org.sightline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.NonMaxSuppression;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;

/**
 * Frame letterboxed on Ultralytics' grey (114) into an RGB, 0..1 square in; people out. Exports
 * that add extra outputs (YOLOv5's per-level grids) are read through their first 3-D output.
 */
final class YoloTranslator implements NoBatchifyTranslator<RgbImage, List<PersonDetection>> {

    static final int PERSON_CLASS = 0;
    static final byte PAD_GREY = (byte) 114;
    private static final ImageTensors.Normalization NORMALIZATION = ImageTensors.Normalization.of(false, 1f / 255f,
            new float[] {0f, 0f, 0f}, new float[] {1f, 1f, 1f});
    private static final String LETTERBOX = "letterbox";

    private final DetectorSettings settings;

    YoloTranslator(DetectorSettings settings) {
        this.settings = settings;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, RgbImage frame) {
        int size = settings.inputSize();
        Letterbox letterbox = Letterbox.fit(frame.width(), frame.height(), size);
        ctx.setAttachment(LETTERBOX, letterbox);
        float[] data = new float[3 * size * size];
        ImageTensors.writeChw(greyLetterbox(frame, letterbox), NORMALIZATION, data, 0);
        return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(data), new Shape(1, 3, size, size)));
    }

    @Override
    public List<PersonDetection> processOutput(TranslatorContext ctx, NDList outputs) {
        Letterbox letterbox = (Letterbox) ctx.getAttachment(LETTERBOX);
        NDArray output = outputs.stream().filter(o -> o.getShape().dimension() == 3).findFirst()
                .orElseThrow(() -> new InferenceException("YOLO model gave no 3-D output; shapes: "
                        + Arrays.toString(outputs.getShapes())));
        YoloLayout layout = YoloLayout.of(output.getShape().getShape());
        List<PersonDetection> candidates = YoloDecoder.decode(output.toFloatArray(), layout, PERSON_CLASS,
                settings.confidenceThreshold(), letterbox);
        return NonMaxSuppression.apply(candidates, settings.nmsIouThreshold());
    }

    /** The frame scaled into the letterbox's square, the rest grey 114 as Ultralytics pads. */
    static RgbImage greyLetterbox(RgbImage frame, Letterbox box) {
        RgbImage scaled = RgbImages.resize(frame, box.scaledWidth(), box.scaledHeight());
        byte[] out = new byte[box.size() * box.size() * 3];
        Arrays.fill(out, PAD_GREY);
        for (int row = 0; row < scaled.height(); row++) {
            System.arraycopy(scaled.pixels(), row * scaled.width() * 3,
                    out, ((row + box.padY()) * box.size() + box.padX()) * 3, scaled.width() * 3);
        }
        return new RgbImage(box.size(), box.size(), out);
    }
}
