package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Random;

/**
 * The trainable network. Image tower: standardised frozen features -> Linear -> GELU -> Linear.
 * Text tower: a small CLIP-style transformer (token + position embeddings, pre-norm residual blocks
 * with causal self-attention, final LayerNorm, the end token's state projected). Plus CLIP's learnable
 * temperature. Parameters are read directly in the forward code; weights are [out, in] as in torch.
 */
final class PedVlNetwork extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float DROPOUT = 0.1f;

    private final VlConfig config;
    private final Parameter imageW1, imageB1, imageW2, imageB2;
    private final Parameter tokenEmbedding, positionEmbedding, finalGamma, finalBeta, textProjection, logitScale;
    private final TextLayer[] layers;

    /** {@code random} seeds the initial weights (unused when parameters are loaded afterwards). */
    PedVlNetwork(VlConfig config, Random random) {
        super(VERSION);
        this.config = config;
        int f = config.featureDimension(), h = config.imageHidden(), d = config.embeddingDimension(), w = config.textWidth();
        imageW1 = weight("image.fc1.weight", new Shape(h, f), random, Math.sqrt(2.0 / f));
        imageB1 = constant("image.fc1.bias", new Shape(h), 0);
        imageW2 = weight("image.fc2.weight", new Shape(d, h), random, Math.sqrt(1.0 / h));
        imageB2 = constant("image.fc2.bias", new Shape(d), 0);
        tokenEmbedding = weight("text.token_embedding", new Shape(config.vocabularySize(), w), random, 0.02);
        positionEmbedding = weight("text.positional_embedding", new Shape(config.contextLength(), w), random, 0.01);
        layers = new TextLayer[config.textLayers()];
        for (int i = 0; i < layers.length; i++) {
            layers[i] = new TextLayer(this, "text.layer" + i + ".", w, config.textHeads(), random, config.textLayers());
        }
        finalGamma = constant("text.ln_final.gamma", new Shape(w), 1);
        finalBeta = constant("text.ln_final.beta", new Shape(w), 0);
        textProjection = weight("text.projection", new Shape(d, w), random, Math.pow(w, -0.5));
        logitScale = constant("logit_scale", new Shape(1), (float) Math.log(1 / 0.07));
    }

    VlConfig config() {
        return config;
    }

    Parameter weight(String name, Shape shape, Random random, double std) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT).optShape(shape)
                .optInitializer(SeededInitializer.normal(random, std)).build());
    }

    Parameter constant(String name, Shape shape, float value) {
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optShape(shape)
                .optInitializer(SeededInitializer.constant(value)).build());
    }

    /** Creates the weights on {@code manager} (before training; loading needs no initialisation). */
    void initializeWeights(NDManager manager) {
        initialize(manager, DataType.FLOAT32, new Shape(1, config.featureDimension()));
    }

    /** Unnormalised image embeddings of standardised features [N, F]. */
    NDArray imageEmbeddings(NDArray features, boolean training) {
        NDArray hidden = Activation.gelu(Linear.linear(features, imageW1.getArray(), imageB1.getArray()).singletonOrThrow());
        if (training) {
            hidden = Dropout.dropout(hidden, DROPOUT, true).singletonOrThrow();
        }
        return Linear.linear(hidden, imageW2.getArray(), imageB2.getArray()).singletonOrThrow();
    }

    /**
     * Unnormalised text embeddings. {@code ids} [N, L] local token ids, {@code endOneHot} [N, L] marks
     * each row's end token (after the prompts), {@code prompts} [P, W] or null: inserted after the start token.
     */
    NDArray textEmbeddings(NDArray ids, NDArray endOneHot, NDArray prompts) {
        NDArray x = Embedding.embedding(ids, tokenEmbedding.getArray(), SparseFormat.DENSE).singletonOrThrow();
        long n = x.getShape().get(0), length = x.getShape().get(1), width = x.getShape().get(2);
        if (prompts != null && prompts.getShape().get(0) > 0) {
            long p = prompts.getShape().get(0);
            NDArray expanded = prompts.expandDims(0).broadcast(new Shape(n, p, width));
            x = NDArrays3.concatAxis1(x.get(":, :1, :"), expanded, x.get(":, 1:" + (length - p) + ", :"));
        }
        x = x.add(positionEmbedding.getArray().get(":" + length + ", :"));
        NDArray mask = causalMask(x.getManager(), length);
        for (TextLayer layer : layers) {
            x = layer.forward(x, mask);
        }
        x = LayerNorm.layerNorm(x, new Shape(width), finalGamma.getArray(), finalBeta.getArray(), 1e-5f).singletonOrThrow();
        NDArray pooled = endOneHot.expandDims(1).matMul(x).squeeze(1);
        return Linear.linear(pooled, textProjection.getArray(), null).singletonOrThrow();
    }

    NDArray logitScale() {
        return logitScale.getArray();
    }

    private static NDArray causalMask(NDManager manager, long length) {
        float[] values = new float[Math.toIntExact(length * length)];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                values[i * (int) length + j] = -1e9f;
            }
        }
        return manager.create(values, new Shape(length, length));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        if (inputs.size() == 1) {
            return new NDList(imageEmbeddings(inputs.singletonOrThrow(), training));
        }
        return new NDList(textEmbeddings(inputs.get(0), inputs.get(1), inputs.size() > 2 ? inputs.get(2) : null));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.embeddingDimension())};
    }
}
