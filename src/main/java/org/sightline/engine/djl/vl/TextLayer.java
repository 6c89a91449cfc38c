package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import java.util.Random;

/** One pre-norm transformer block of the text tower: x + attention(ln1(x)), then x + mlp(ln2(x)). */
final class TextLayer {

    private final int width;
    private final int heads;
    private final Parameter ln1Gamma, ln1Beta, qkvWeight, qkvBias, outWeight, outBias;
    private final Parameter ln2Gamma, ln2Beta, fc1Weight, fc1Bias, fc2Weight, fc2Bias;

    TextLayer(PedVlNetwork owner, String prefix, int width, int heads, Random random, int layerCount) {
        this.width = width;
        this.heads = heads;
        double std = Math.pow(width, -0.5);
        double residualStd = std * Math.pow(2.0 * layerCount, -0.5);
        ln1Gamma = owner.constant(prefix + "ln_1.gamma", new Shape(width), 1);
        ln1Beta = owner.constant(prefix + "ln_1.beta", new Shape(width), 0);
        qkvWeight = owner.weight(prefix + "attn.in_proj_weight", new Shape(3L * width, width), random, std);
        qkvBias = owner.constant(prefix + "attn.in_proj_bias", new Shape(3L * width), 0);
        outWeight = owner.weight(prefix + "attn.out_proj.weight", new Shape(width, width), random, residualStd);
        outBias = owner.constant(prefix + "attn.out_proj.bias", new Shape(width), 0);
        ln2Gamma = owner.constant(prefix + "ln_2.gamma", new Shape(width), 1);
        ln2Beta = owner.constant(prefix + "ln_2.beta", new Shape(width), 0);
        fc1Weight = owner.weight(prefix + "mlp.c_fc.weight", new Shape(4L * width, width), random, Math.pow(2.0 * width, -0.5));
        fc1Bias = owner.constant(prefix + "mlp.c_fc.bias", new Shape(4L * width), 0);
        fc2Weight = owner.weight(prefix + "mlp.c_proj.weight", new Shape(width, 4L * width), random, residualStd);
        fc2Bias = owner.constant(prefix + "mlp.c_proj.bias", new Shape(width), 0);
    }

    NDArray forward(NDArray x, NDArray causalMask) {
        x = x.add(attention(norm(x, ln1Gamma, ln1Beta), causalMask));
        NDArray hidden = Activation.gelu(Linear.linear(norm(x, ln2Gamma, ln2Beta), fc1Weight.getArray(), fc1Bias.getArray())
                .singletonOrThrow());
        return x.add(Linear.linear(hidden, fc2Weight.getArray(), fc2Bias.getArray()).singletonOrThrow());
    }

    private NDArray attention(NDArray x, NDArray causalMask) {
        long n = x.getShape().get(0), length = x.getShape().get(1);
        int headWidth = width / heads;
        NDArray qkv = Linear.linear(x, qkvWeight.getArray(), qkvBias.getArray()).singletonOrThrow()
                .reshape(n, length, 3, heads, headWidth).transpose(2, 0, 3, 1, 4); // [3, N, H, L, hw]
        NDArray q = qkv.get(0).mul((float) (1.0 / Math.sqrt(headWidth)));
        NDArray k = qkv.get(1);
        NDArray v = qkv.get(2);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).add(causalMask).softmax(-1);
        NDArray out = weights.matMul(v).transpose(0, 2, 1, 3).reshape(n, length, width);
        return Linear.linear(out, outWeight.getArray(), outBias.getArray()).singletonOrThrow();
    }

    private static NDArray norm(NDArray x, Parameter gamma, Parameter beta) {
        return LayerNorm.layerNorm(x, new Shape(x.getShape().get(2)), gamma.getArray(), beta.getArray(), 1e-5f).singletonOrThrow();
    }
}
