package org.sightline.core.tuning;

import java.util.List;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * A base model whose plain text encoding goes through a prompt pack's learned prompt vectors (for
 * searching or evaluating free-text queries with a pack). Images are unchanged. Refuses a model other
 * than the pack's base; closing it leaves the base model open (its owner closes it).
 */
public final class PromptedModel implements VisionLanguageModel {

    private final VisionLanguageModel base;
    private final TextPrompts prompts;

    public PromptedModel(PromptPack pack, VisionLanguageModel base) {
        pack.requireBase(base.identity());
        this.base = base;
        this.prompts = pack.prompts();
    }

    @Override
    public ModelIdentity identity() {
        return base.identity();
    }

    @Override
    public int embeddingDimension() {
        return base.embeddingDimension();
    }

    @Override
    public float[][] encodeImages(List<RgbImage> crops) {
        return base.encodeImages(crops);
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        return base.encodeTexts(texts, prompts);
    }

    @Override
    public float[][] encodeTexts(List<String> texts, TextPrompts others) {
        return base.encodeTexts(texts, others);
    }

    @Override
    public void close() {
    }
}
