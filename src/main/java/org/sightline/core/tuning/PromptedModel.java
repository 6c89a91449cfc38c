package org.sightline.core.tuning;

import java.util.List;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * A base model whose plain text encoding goes through a prompt pack's learned prompt vectors (for
 * searching or evaluating free-text queries with a pack), and whose image encoding goes through the
 * pack's region prompts (unchanged when the pack has none). Refuses a model other
 * than the pack's base; closing it leaves the base model open (its owner closes it).
 */
public final class PromptedModel implements VisionLanguageModel {

    private final VisionLanguageModel base;
    private final TextPrompts prompts;
    private final ImagePrompts imagePrompts;

    public PromptedModel(PromptPack pack, VisionLanguageModel base) {
        pack.requireBase(base.identity());
        this.base = base;
        this.prompts = pack.prompts();
        this.imagePrompts = pack.imagePrompts();
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
        return base.encodeImages(crops, imagePrompts);
    }

    @Override
    public float[][] encodeImages(List<RgbImage> crops, ImagePrompts others) {
        return base.encodeImages(crops, others);
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
