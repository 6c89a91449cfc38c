package org.sightline.core.tuning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * A prompt pack loaded onto its base model: encodes the heads' sentence pairs once through the
 * pack's prompts, encodes crops through the pack's image region prompts ({@link #encode}), and turns
 * those image embeddings into per-attribute logits and positives. Refuses any model other than the pack's base model.
 */
public final class TunedAttributes {

    private final PromptPack pack;
    private final VisionLanguageModel model;
    private final float[][] positive;
    private final float[][] negative;

    private TunedAttributes(PromptPack pack, VisionLanguageModel model, float[][] positive, float[][] negative) {
        this.pack = pack;
        this.model = model;
        this.positive = positive;
        this.negative = negative;
    }

    public static TunedAttributes load(PromptPack pack, VisionLanguageModel model) {
        pack.requireBase(model.identity());
        List<String> pos = pack.heads().stream().map(AttributeHead::positive).toList();
        List<String> neg = pack.heads().stream().map(AttributeHead::negative).toList();
        return new TunedAttributes(pack, model, model.encodeTexts(pos, pack.prompts()), model.encodeTexts(neg, pack.prompts()));
    }

    public List<String> tokens() {
        return pack.tokens();
    }

    /** Image embeddings of {@code crops} by the base model with the pack's image prompts (the input {@link #logits} expects). */
    public float[][] encode(List<RgbImage> crops) {
        return model.encodeImages(crops, pack.imagePrompts());
    }

    /** logits[image][attribute], in {@link #tokens()} order. */
    public double[][] logits(float[][] images) {
        double[][] out = new double[images.length][positive.length];
        for (int i = 0; i < images.length; i++) {
            for (int a = 0; a < positive.length; a++) {
                AttributeHead h = pack.heads().get(a);
                double diff = Vectors.dot(images[i], positive[a]) - Vectors.dot(images[i], negative[a]);
                out[i][a] = h.scale() * diff + h.offset();
            }
        }
        return out;
    }

    /** The positive tokens of each image (logit above 0). */
    public List<Set<String>> predict(float[][] images) {
        List<Set<String>> out = new ArrayList<>(images.length);
        for (double[] row : logits(images)) {
            Set<String> positives = new HashSet<>();
            for (int a = 0; a < row.length; a++) {
                if (row[a] > 0) {
                    positives.add(pack.heads().get(a).token());
                }
            }
            out.add(positives);
        }
        return out;
    }
}
