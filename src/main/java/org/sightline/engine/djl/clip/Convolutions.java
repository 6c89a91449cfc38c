package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

/** Bias-free 2-D convolution and torch.nn.AvgPool2d(k) as the modified ResNet uses them. */
final class Convolutions {

    private Convolutions() {
    }

    static NDArray conv(NDArray x, ConvWeight weight, int stride, int padding) {
        return Conv2d.conv2d(x, weight.weight.getArray(), null, new Shape(stride, stride), new Shape(padding, padding),
                new Shape(1, 1), 1).singletonOrThrow();
    }

    static NDArray avgPool(NDArray x, int kernel) {
        return Pool.avgPool2d(x, new Shape(kernel, kernel), new Shape(kernel, kernel), new Shape(0, 0), false, true);
    }
}
