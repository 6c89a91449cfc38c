package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.TextPrompts;

/**
 * Encodes frozen image features and sentences with a {@link PedVlNetwork} into unit vectors, in
 * batches, each batch's arrays in a sub-manager closed at its end. Not for concurrent use.
 */
final class VlEncoder {

    static final int BATCH = 256;

    private final PedVlNetwork network;
    private final TextVocabulary vocabulary;
    private final ClipTokenizer tokenizer;
    private final NDManager manager;

    VlEncoder(PedVlNetwork network, TextVocabulary vocabulary, ClipTokenizer tokenizer, NDManager manager) {
        this.network = network;
        this.vocabulary = vocabulary;
        this.tokenizer = tokenizer;
        this.manager = manager;
    }

    VlConfig config() {
        return network.config();
    }

    PedVlNetwork network() {
        return network;
    }

    /** Sentences as input rows for {@code promptCount} prompt vectors, on {@code scope}. */
    TextBatch batch(NDManager scope, List<String> texts, int promptCount) {
        return TextBatch.of(scope, tokenizer, vocabulary, texts, config().contextLength(), promptCount);
    }

    /** Raw frozen features (re-ID + colour), standardised with the config's statistics, in place. */
    static float[] standardise(float[] feature, VlConfig config) {
        float[] out = new float[feature.length];
        for (int d = 0; d < feature.length; d++) {
            out[d] = (feature[d] - config.featureMean()[d]) / config.featureStd()[d];
        }
        return out;
    }

    float[][] images(float[][] rawFeatures) {
        return images(rawFeatures, new float[0]);
    }

    /**
     * Unit image embeddings of raw frozen features; {@code regionOffsets} (the colour part's length,
     * band by band, or empty) is added to the standardised colour histograms: the region prompts.
     */
    float[][] images(float[][] rawFeatures, float[] regionOffsets) {
        float[][] out = new float[rawFeatures.length][];
        int f = config().featureDimension();
        int colourStart = f - regionOffsets.length;
        for (int start = 0; start < rawFeatures.length; start += BATCH) {
            int end = Math.min(rawFeatures.length, start + BATCH);
            float[] flat = new float[(end - start) * f];
            for (int i = start; i < end; i++) {
                float[] x = standardise(rawFeatures[i], config());
                for (int k = 0; k < regionOffsets.length; k++) {
                    x[colourStart + k] += regionOffsets[k];
                }
                System.arraycopy(x, 0, flat, (i - start) * f, f);
            }
            try (NDManager batch = manager.newSubManager()) {
                NDArray embeddings = network.imageEmbeddings(batch.create(flat, new Shape(end - start, f)), false);
                copyNormalised(embeddings, out, start);
            }
        }
        return out;
    }

    float[][] texts(List<String> texts, TextPrompts prompts) {
        if (prompts.count() > 0 && prompts.width() != config().textWidth()) {
            throw new IllegalArgumentException("prompt vectors of width " + prompts.width() + " do not fit this text tower (width "
                    + config().textWidth() + ")");
        }
        float[][] out = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            int end = Math.min(texts.size(), start + BATCH);
            try (NDManager batch = manager.newSubManager()) {
                TextBatch input = TextBatch.of(batch, tokenizer, vocabulary, texts.subList(start, end),
                        config().contextLength(), prompts.count());
                NDArray promptArray = prompts.count() == 0 ? null
                        : batch.create(prompts.values(), new Shape(prompts.count(), prompts.width()));
                copyNormalised(network.textEmbeddings(input.ids(), input.endOneHot(), promptArray), out, start);
            }
        }
        return out;
    }

    private static void copyNormalised(NDArray embeddings, float[][] out, int start) {
        NDArray unit = embeddings.div(embeddings.norm(new int[] {1}, true).add(1e-12f));
        int d = (int) unit.getShape().get(1);
        float[] values = unit.toFloatArray();
        for (int i = 0; i < values.length / d; i++) {
            out[start + i] = java.util.Arrays.copyOfRange(values, i * d, (i + 1) * d);
        }
    }
}
