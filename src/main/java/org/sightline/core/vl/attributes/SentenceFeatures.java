package org.sightline.core.vl.attributes;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.inference.Vectors;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * The sentence-pair feature of each attribute for image embeddings: cosine similarity to the mean
 * embedding of the attribute's "has it" sentences minus that to the mean of its "does not"
 * sentences ({@link AttributeSentences}). Sentences are encoded once, here.
 */
public final class SentenceFeatures {

    private final List<String> tokens;
    private final float[][] positive;
    private final float[][] negative;

    public SentenceFeatures(VisionLanguageModel model, List<Attribute> attributes) {
        this.tokens = attributes.stream().map(Attribute::token).toList();
        this.positive = new float[attributes.size()][];
        this.negative = new float[attributes.size()][];
        List<String> sentences = new ArrayList<>();
        for (Attribute attribute : attributes) {
            AttributeSentences.Prompt prompt = AttributeSentences.of(attribute);
            sentences.addAll(prompt.positives());
            sentences.addAll(prompt.negatives());
        }
        float[][] encoded = model.encodeTexts(sentences);
        int at = 0;
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSentences.Prompt prompt = AttributeSentences.of(attributes.get(a));
            positive[a] = mean(encoded, at, prompt.positives().size());
            at += prompt.positives().size();
            negative[a] = mean(encoded, at, prompt.negatives().size());
            at += prompt.negatives().size();
        }
    }

    public List<String> tokens() {
        return tokens;
    }

    /** features[image][attribute]. */
    public double[][] of(float[][] images) {
        double[][] features = new double[images.length][tokens.size()];
        for (int i = 0; i < images.length; i++) {
            for (int a = 0; a < tokens.size(); a++) {
                features[i][a] = Vectors.dot(images[i], positive[a]) - Vectors.dot(images[i], negative[a]);
            }
        }
        return features;
    }

    private static float[] mean(float[][] rows, int from, int count) {
        float[] mean = new float[rows[from].length];
        for (int r = from; r < from + count; r++) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += rows[r][d];
            }
        }
        return Vectors.normalizeInPlace(mean);
    }
}
