package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** {@code x @ weight.T + bias} like torch.nn.Linear, with weight shaped (out, in). */
final class LinearBlock extends ClipBlock {

    private final Parameter weight;
    private final Parameter bias;

    LinearBlock(long in, long out) {
        weight = weight("weight", out, in);
        bias = parameter("bias", Parameter.Type.BIAS, out);
    }

    NDArray apply(NDArray x) {
        return Linear.linear(x, weight.getArray(), bias.getArray()).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }
}
