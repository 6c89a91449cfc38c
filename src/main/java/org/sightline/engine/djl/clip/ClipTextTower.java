package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * CLIP's text tower: token + positional embeddings, a causal pre-LN transformer, ln_final, and the
 * projection of the features at the end-of-text token (the highest id in each row).
 * Learned prompt vectors (CoOp) go in right after the start token, shifting the words right;
 * the last slots are dropped, so rows must end (EOT) at least {@code prompts} slots early.
 * State-dict names are those at the root of OpenAI's checkpoints ({@code token_embedding.weight}).
 */
public final class ClipTextTower extends ClipBlock {

    private final TextTowerConfig config;
    private final Embedding tokenEmbedding;
    private final Parameter positionalEmbedding;
    private final Transformer transformer;
    private final LayerNormBlock lnFinal;
    private final Parameter textProjection;

    public ClipTextTower(TextTowerConfig config) {
        this.config = config;
        tokenEmbedding = child("token_embedding", new Embedding(config.vocabSize(), config.width()));
        positionalEmbedding = weight("positional_embedding", config.contextLength(), config.width());
        transformer = child("transformer", new Transformer(config.width(), config.layers(), config.heads()));
        lnFinal = child("ln_final", new LayerNormBlock(config.width()));
        textProjection = weight("text_projection", config.width(), config.embedDim());
    }

    public TextTowerConfig config() {
        return config;
    }

    /**
     * Unnormalised text features (batch, embedDim) of token ids (batch, contextLength), with
     * {@code prompts} (count, width) inserted after the start token, or null for none.
     */
    public NDArray encode(NDArray tokenIds, NDArray prompts) {
        Shape shape = tokenIds.getShape();
        int length = config.contextLength();
        if (shape.dimension() != 2 || shape.get(1) != length) {
            throw new IllegalArgumentException("Token ids must be (batch, " + length + "), got " + shape);
        }
        int batch = (int) shape.get(0);
        long[] eot = tokenIds.argMax(1).toType(DataType.INT64, false).toLongArray();
        NDArray x = tokenEmbedding.apply(tokenIds);
        int count = 0;
        if (prompts != null) {
            count = (int) prompts.getShape().get(0);
            checkPrompts(prompts, eot, length);
            NDArray repeated = prompts.expandDims(0).broadcast(new Shape(batch, count, config.width()));
            x = NDArrays.concat(new NDList(x.get(":, :1"), repeated, x.get(new NDIndex(":, 1:{}", length - count))), 1);
        }
        x = x.add(positionalEmbedding.getArray());
        x = lnFinal.apply(transformer.apply(x, causalMask(x.getManager(), length)));
        NDList rows = new NDList(batch);
        for (int b = 0; b < batch; b++) {
            rows.add(x.get(b, eot[b] + count));
        }
        return NDArrays.stack(rows).matMul(textProjection.getArray());
    }

    private void checkPrompts(NDArray prompts, long[] eot, int length) {
        Shape shape = prompts.getShape();
        if (shape.dimension() != 2 || shape.get(1) != config.width()) {
            throw new IllegalArgumentException("Text prompts must be (count, " + config.width() + "), got " + shape);
        }
        for (int b = 0; b < eot.length; b++) {
            if (eot[b] + shape.get(0) >= length) {
                throw new IllegalArgumentException("Text " + b + " ends at token " + eot[b] + ": no room for "
                        + shape.get(0) + " prompt vectors in a context of " + length);
            }
        }
    }

    /** Additive mask: 0 on and below the diagonal, -inf above (a token sees only earlier tokens). */
    static NDArray causalMask(NDManager manager, int length) {
        float[] mask = new float[length * length];
        for (int row = 0; row < length; row++) {
            for (int col = row + 1; col < length; col++) {
                mask[row * length + col] = Float.NEGATIVE_INFINITY;
            }
        }
        return manager.create(mask, new Shape(length, length));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(encode(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.embedDim())};
    }
}
