package org.sightline.core.vl;

import org.sightline.core.inference.RgbImage;

import java.util.List;

/**
 * A CLIP-style model: an image tower and a text tower mapping person crops and sentences into one
 * embedding space. Embeddings are L2-normalised, so cosine similarity is a dot product.
 * Embeddings from two models are never comparable: store them with {@link #identity()}.
 */
public interface VisionLanguageModel extends AutoCloseable {

    /** The model's id and the SHA-256 of its weights, stored beside every embedding it makes. */
    ModelIdentity identity();

    int embeddingDimension();

    /** L2-normalised image embeddings, one row per crop; batches internally. */
    float[][] encodeImages(List<RgbImage> crops);

    /**
     * Image embeddings with learned region prompts ({@link ImagePrompts}); {@code prompts} may be
     * {@link ImagePrompts#NONE}, which gives exactly {@link #encodeImages(List)}. A model whose image
     * tower takes no region prompts refuses non-empty ones.
     */
    default float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
        if (!prompts.isEmpty()) {
            throw new UnsupportedOperationException(identity().modelId() + " takes no image prompts (region prompts work with "
                    + "sightline-pedvl and CLIP ViT models); use a prompt pack without them");
        }
        return encodeImages(crops);
    }

    /** L2-normalised text embeddings, one row per text; batches internally. */
    float[][] encodeTexts(List<String> texts);

    /**
     * Text embeddings with learned context vectors inserted into the text tower's token sequence
     * (CoOp / PromptPAR-style prompt tuning); {@code prompts} may be {@link TextPrompts#NONE}.
     */
    float[][] encodeTexts(List<String> texts, TextPrompts prompts);

    @Override
    void close();
}
