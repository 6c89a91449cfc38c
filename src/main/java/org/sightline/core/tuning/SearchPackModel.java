package org.sightline.core.tuning;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * Description search's model for a case that may have a search pack: crops always through the base
 * model alone (a search pack has no region prompts, so the case's stored crop vectors stay valid), and
 * query text through {@link PromptedModel} over the pack {@code activePack} gives at that moment, or the
 * base model's plain encoding when it gives none. Owns the base model: closing this closes it.
 */
public final class SearchPackModel implements VisionLanguageModel {

    /** A case's search pack and the name it has in the case. */
    public record ActivePack(String name, PromptPack pack) {
    }

    private final VisionLanguageModel base;
    private final Supplier<Optional<ActivePack>> activePack;

    public SearchPackModel(VisionLanguageModel base, Supplier<Optional<ActivePack>> activePack) {
        this.base = base;
        this.activePack = activePack;
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
    public float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
        return base.encodeImages(crops, prompts);
    }

    /** Through the active search pack's prompts when there is one. */
    @Override
    public float[][] encodeTexts(List<String> texts) {
        Optional<ActivePack> active = activePack.get();
        if (active.isEmpty()) {
            return base.encodeTexts(texts);
        }
        String where = "The case's search pack '" + active.get().name() + "'";
        PromptPack pack = active.get().pack();
        pack.requireSearchPack(where);
        try {
            return new PromptedModel(pack, base).encodeTexts(texts);
        } catch (PromptPackMismatchException e) {
            throw new IllegalArgumentException(where + " does not fit this case's search model: " + e.getMessage(), e);
        }
    }

    @Override
    public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
        return base.encodeTexts(texts, prompts);
    }

    @Override
    public void close() {
        base.close();
    }
}
