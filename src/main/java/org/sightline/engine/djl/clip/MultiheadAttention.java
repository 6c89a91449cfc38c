package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * torch.nn.MultiheadAttention (batch first, self-attention) with its packed
 * {@code in_proj_weight} (3 x width, width), {@code in_proj_bias} and {@code out_proj}.
 */
final class MultiheadAttention extends ClipBlock {

    private final Parameter inProjWeight;
    private final Parameter inProjBias;
    private final LinearBlock outProj;
    private final int width;
    private final int heads;

    MultiheadAttention(int width, int heads) {
        if (width % heads != 0) {
            throw new IllegalArgumentException("Width " + width + " is not divisible by " + heads + " heads");
        }
        this.width = width;
        this.heads = heads;
        inProjWeight = weight("in_proj_weight", 3L * width, width);
        inProjBias = parameter("in_proj_bias", Parameter.Type.BIAS, 3L * width);
        outProj = child("out_proj", new LinearBlock(width, width));
    }

    /** {@code x} is (batch, tokens, width); {@code mask} (tokens, tokens) is added to the scores, or null. */
    NDArray apply(NDArray x, NDArray mask) {
        long batch = x.getShape().get(0);
        long tokens = x.getShape().get(1);
        int headWidth = width / heads;
        NDArray qkv = Linear.linear(x, inProjWeight.getArray(), inProjBias.getArray()).singletonOrThrow()
                .reshape(batch, tokens, 3, heads, headWidth).transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0).mul(1.0 / Math.sqrt(headWidth));
        NDArray scores = q.matMul(qkv.get(1).transpose(0, 1, 3, 2));
        if (mask != null) {
            scores = scores.add(mask);
        }
        NDArray mixed = scores.softmax(-1).matMul(qkv.get(2)).transpose(0, 2, 1, 3).reshape(batch, tokens, width);
        return outProj.apply(mixed);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null));
    }
}
