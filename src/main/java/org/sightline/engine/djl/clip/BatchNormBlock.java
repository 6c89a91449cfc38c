package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** torch.nn.BatchNorm2d in inference form: running statistics, eps 1e-5. */
final class BatchNormBlock extends ClipBlock {

    private final Parameter weight;
    private final Parameter bias;
    private final Parameter runningMean;
    private final Parameter runningVar;

    BatchNormBlock(long channels) {
        weight = parameter("weight", Parameter.Type.GAMMA, channels);
        bias = parameter("bias", Parameter.Type.BETA, channels);
        runningMean = parameter("running_mean", Parameter.Type.RUNNING_MEAN, channels);
        runningVar = parameter("running_var", Parameter.Type.RUNNING_VAR, channels);
    }

    NDArray apply(NDArray x) {
        return BatchNorm.batchNorm(x, runningMean.getArray(), runningVar.getArray(), weight.getArray(),
                bias.getArray(), 1, 0.1f, 1e-5f, false).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }
}
