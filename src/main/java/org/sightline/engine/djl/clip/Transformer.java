package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import java.util.ArrayList;
import java.util.List;

/** A stack of {@link ResidualAttentionBlock}s named {@code resblocks.<i>}. */
final class Transformer extends ClipBlock {

    private final List<ResidualAttentionBlock> layers = new ArrayList<>();

    Transformer(int width, int layerCount, int heads) {
        for (int i = 0; i < layerCount; i++) {
            layers.add(child("resblocks." + i, new ResidualAttentionBlock(width, heads)));
        }
    }

    NDArray apply(NDArray x, NDArray mask) {
        NDArray out = x;
        for (ResidualAttentionBlock layer : layers) {
            out = layer.apply(out, mask);
        }
        return out;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null));
    }
}
