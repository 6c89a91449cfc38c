package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * CLIP's attention pooling: the mean of the feature map is prepended as a query token, positional
 * embeddings are added, and multi-head attention with separate q/k/v projections gives that
 * token's output through c_proj.
 */
final class AttentionPool2d extends ClipBlock {

    private final ai.djl.nn.Parameter positionalEmbedding;
    private final LinearBlock kProj;
    private final LinearBlock qProj;
    private final LinearBlock vProj;
    private final LinearBlock cProj;
    private final int heads;
    private final int width;

    AttentionPool2d(int spatial, int width, int heads, int outputDim) {
        this.heads = heads;
        this.width = width;
        positionalEmbedding = weight("positional_embedding", (long) spatial * spatial + 1, width);
        kProj = child("k_proj", new LinearBlock(width, width));
        qProj = child("q_proj", new LinearBlock(width, width));
        vProj = child("v_proj", new LinearBlock(width, width));
        cProj = child("c_proj", new LinearBlock(width, outputDim));
    }

    /** {@code x} is (batch, width, h, w); returns (batch, outputDim). */
    NDArray apply(NDArray x) {
        long batch = x.getShape().get(0);
        NDArray tokens = x.reshape(batch, width, -1).transpose(0, 2, 1);
        tokens = NDArrays.concat(new NDList(tokens.mean(new int[] {1}, true), tokens), 1)
                .add(positionalEmbedding.getArray());
        long count = tokens.getShape().get(1);
        int headWidth = width / heads;
        NDArray query = qProj.apply(tokens.get(":, :1")).mul(1.0 / Math.sqrt(headWidth))
                .reshape(batch, 1, heads, headWidth).transpose(0, 2, 1, 3);
        NDArray keys = kProj.apply(tokens).reshape(batch, count, heads, headWidth).transpose(0, 2, 3, 1);
        NDArray values = vProj.apply(tokens).reshape(batch, count, heads, headWidth).transpose(0, 2, 1, 3);
        NDArray mixed = query.matMul(keys).softmax(-1).matMul(values).reshape(batch, width);
        return cProj.apply(mixed);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }
}
