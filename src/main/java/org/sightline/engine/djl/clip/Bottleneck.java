package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * CLIP's anti-aliased bottleneck: 1x1, 3x3, avgpool(stride), 1x1 (x4), with a downsample branch
 * (avgpool, 1x1 conv, BN, named {@code downsample.0} and {@code downsample.1}) when the shape changes.
 */
final class Bottleneck extends ClipBlock {

    static final int EXPANSION = 4;

    private final ConvWeight conv1;
    private final BatchNormBlock bn1;
    private final ConvWeight conv2;
    private final BatchNormBlock bn2;
    private final ConvWeight conv3;
    private final BatchNormBlock bn3;
    private final Downsample downsample;
    private final int stride;

    Bottleneck(int inplanes, int planes, int stride) {
        this.stride = stride;
        conv1 = child("conv1", new ConvWeight(planes, inplanes, 1));
        bn1 = child("bn1", new BatchNormBlock(planes));
        conv2 = child("conv2", new ConvWeight(planes, planes, 3));
        bn2 = child("bn2", new BatchNormBlock(planes));
        conv3 = child("conv3", new ConvWeight((long) planes * EXPANSION, planes, 1));
        bn3 = child("bn3", new BatchNormBlock((long) planes * EXPANSION));
        boolean reshapes = stride > 1 || inplanes != planes * EXPANSION;
        downsample = reshapes ? child("downsample", new Downsample(inplanes, planes * EXPANSION, stride)) : null;
    }

    NDArray apply(NDArray x) {
        NDArray out = Activation.relu(bn1.apply(Convolutions.conv(x, conv1, 1, 0)));
        out = Activation.relu(bn2.apply(Convolutions.conv(out, conv2, 1, 1)));
        if (stride > 1) {
            out = Convolutions.avgPool(out, stride);
        }
        out = bn3.apply(Convolutions.conv(out, conv3, 1, 0));
        NDArray identity = downsample == null ? x : downsample.apply(x);
        return Activation.relu(out.add(identity));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(apply(inputs.singletonOrThrow()));
    }

    /** avgpool(stride) (the reference's unnamed "-1"), then conv "0" and BN "1". */
    static final class Downsample extends ClipBlock {

        private final ConvWeight conv;
        private final BatchNormBlock bn;
        private final int stride;

        Downsample(int in, int out, int stride) {
            this.stride = stride;
            conv = child("0", new ConvWeight(out, in, 1));
            bn = child("1", new BatchNormBlock(out));
        }

        NDArray apply(NDArray x) {
            NDArray pooled = stride > 1 ? Convolutions.avgPool(x, stride) : x;
            return bn.apply(Convolutions.conv(pooled, conv, 1, 0));
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                PairList<String, Object> params) {
            return new NDList(apply(inputs.singletonOrThrow()));
        }
    }
}
