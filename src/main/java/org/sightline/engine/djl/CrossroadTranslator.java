package org.sightline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;

/** One crop as 80x160 BGR 0-255 (no normalisation) in; the 8 attribute probabilities (output "453") out. */
final class CrossroadTranslator implements NoBatchifyTranslator<RgbImage, float[]> {

    static final int WIDTH = 80;
    static final int HEIGHT = 160;
    static final String ATTRIBUTES_OUTPUT = "453";
    private static final ImageTensors.Normalization RAW_BGR = ImageTensors.Normalization.of(true, 1f,
            new float[] {0f, 0f, 0f}, new float[] {1f, 1f, 1f});

    private final int attributeCount;

    CrossroadTranslator(int attributeCount) {
        this.attributeCount = attributeCount;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, RgbImage crop) {
        float[] data = new float[3 * WIDTH * HEIGHT];
        ImageTensors.writeChw(RgbImages.resize(crop, WIDTH, HEIGHT), RAW_BGR, data, 0);
        return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(data), new Shape(1, 3, HEIGHT, WIDTH)));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray attributes = outputs.get(ATTRIBUTES_OUTPUT);
        if (attributes == null) {
            throw new InferenceException("Attribute model has no output \"" + ATTRIBUTES_OUTPUT + "\"; outputs: "
                    + outputs.stream().map(NDArray::getName).toList());
        }
        float[] probabilities = attributes.toFloatArray();
        if (probabilities.length != attributeCount) {
            throw new InferenceException("Attribute output " + ATTRIBUTES_OUTPUT + " has shape " + attributes.getShape()
                    + ", expected " + attributeCount + " probabilities");
        }
        return probabilities;
    }
}
