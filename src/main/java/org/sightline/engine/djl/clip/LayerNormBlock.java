package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** LayerNorm over the last axis with PyTorch's eps 1e-5 ({@code weight}, {@code bias}). */
final class LayerNormBlock extends ClipBlock {

    private final Parameter weight;
    private final Parameter bias;
    private final Shape normalized;

    LayerNormBlock(long width) {
        weight = parameter("weight", Parameter.Type.GAMMA, width);
        bias = parameter("bias", Parameter.Type.BETA, width);
        normalized = new Shape(width);
    }

    NDArray apply(NDArray x) {
        return LayerNorm.layerNorm(x, normalized, weight.getArray(), bias.getArray(), 1e-5f).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }
}
