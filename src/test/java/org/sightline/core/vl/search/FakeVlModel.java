package org.sightline.core.vl.search;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * A vision-language model with constructed embeddings, for hand-checkable tests: an image's vector
 * is its normalised mean RGB; a text's is the sum of the RGB of the colour words it names.
 */
public class FakeVlModel implements VisionLanguageModel {
    public final AtomicInteger imagesEncoded = new AtomicInteger();
    private final ModelIdentity identity;

    public FakeVlModel(String id, char shaDigit) {
        this.identity = new ModelIdentity(id, String.valueOf(shaDigit).repeat(64));
    }

    @Override
    public ModelIdentity identity() {
        return identity;
    }

    @Override
    public int embeddingDimension() {
        return 3;
    }

    @Override
    public float[][] encodeImages(List<RgbImage> crops) {
        imagesEncoded.addAndGet(crops.size());
        float[][] out = new float[crops.size()][];
        for (int i = 0; i < crops.size(); i++) {
            byte[] px = crops.get(i).pixels();
            float[] mean = new float[3];
            for (int p = 0; p < px.length; p++) {
                mean[p % 3] += (px[p] & 0xff) + 1;
            }
            out[i] = Vectors.normalizeInPlace(mean);
        }
        return out;
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).toLowerCase(Locale.ROOT);
            float[] v = {0.01f, 0.01f, 0.01f};
            if (t.contains("red")) {
                v[0] += 1;
            }
            if (t.contains("green")) {
                v[1] += 1;
            }
            if (t.contains("blue")) {
                v[2] += 1;
            }
            out[i] = Vectors.normalizeInPlace(v);
        }
        return out;
    }

    @Override
    public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
        return encodeTexts(texts);
    }

    @Override
    public void close() {
    }
}
