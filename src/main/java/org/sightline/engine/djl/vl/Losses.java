package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;

/** The training losses, written with NDArray operations so that autograd follows them. */
final class Losses {

    static final float MAX_LOGIT_SCALE = 100f;

    private Losses() {
    }

    /**
     * Symmetric cross-entropy between cosine logits (scaled by exp(logitScale), at most 100) and
     * row-stochastic targets, averaged over both directions. {@code target} must be symmetric in support.
     */
    static NDArray contrastive(NDArray images, NDArray texts, NDArray logitScale, NDArray target) {
        NDArray scale = logitScale.exp().minimum(MAX_LOGIT_SCALE);
        NDArray logits = images.matMul(texts.transpose()).mul(scale);
        NDArray imageToText = target.mul(logits.logSoftmax(1)).sum(new int[] {1}).mean().neg();
        NDArray textToImage = target.mul(logits.transpose().logSoftmax(1)).sum(new int[] {1}).mean().neg();
        return imageToText.add(textToImage).div(2);
    }

    /** Mean binary cross-entropy over the entries where {@code mask} is 1 (numerically stable form). */
    static NDArray maskedBinaryCrossEntropy(NDArray logits, NDArray labels, NDArray mask) {
        NDArray perEntry = logits.maximum(0).sub(logits.mul(labels)).add(logits.abs().neg().exp().add(1).log());
        return perEntry.mul(mask).sum().div(mask.sum().maximum(1));
    }
}
