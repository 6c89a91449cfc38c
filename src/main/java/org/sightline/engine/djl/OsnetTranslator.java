package org.sightline.engine.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;
import org.sightline.core.inference.Vectors;

/** A batch of crops, stretched to 128x256 RGB with ImageNet normalisation, in; unit vectors out. */
final class OsnetTranslator implements NoBatchifyTranslator<List<RgbImage>, float[][]> {

    static final int WIDTH = 128;
    static final int HEIGHT = 256;
    private static final ImageTensors.Normalization IMAGENET = ImageTensors.Normalization.of(false, 1f / 255f,
            new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f});

    private final int dimension;

    OsnetTranslator(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, List<RgbImage> crops) {
        int plane = 3 * WIDTH * HEIGHT;
        float[] data = new float[crops.size() * plane];
        for (int i = 0; i < crops.size(); i++) {
            ImageTensors.writeChw(RgbImages.resize(crops.get(i), WIDTH, HEIGHT), IMAGENET, data, i * plane);
        }
        return new NDList(ctx.getNDManager().create(FloatBuffer.wrap(data), new Shape(crops.size(), 3, HEIGHT, WIDTH)));
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList outputs) {
        NDArray output = outputs.singletonOrThrow();
        float[] values = output.toFloatArray();
        int count = values.length / dimension;
        if (values.length != count * dimension || output.getShape().get(output.getShape().dimension() - 1) != dimension) {
            throw new InferenceException("Re-ID output of shape " + output.getShape() + " is not N x " + dimension);
        }
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = Vectors.normalizeInPlace(Arrays.copyOfRange(values, i * dimension, (i + 1) * dimension));
        }
        return vectors;
    }
}
