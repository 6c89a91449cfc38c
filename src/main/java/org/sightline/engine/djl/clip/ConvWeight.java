package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** The bias-free weight (out, in, k, k) of a torch.nn.Conv2d; its owner applies it. */
final class ConvWeight extends ClipBlock {

    final Parameter weight;

    ConvWeight(long out, long in, int kernel) {
        weight = weight("weight", out, in, kernel, kernel);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        throw new UnsupportedOperationException("ConvWeight only holds a weight; its owner runs the convolution");
    }
}
