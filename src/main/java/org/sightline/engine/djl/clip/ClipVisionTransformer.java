package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * CLIP's ViT image tower: conv1 patchify, class token, positional embedding, ln_pre, transformer,
 * ln_post on the class token, proj. Learned prompt tokens (e.g. PromptPAR's region prompts) go in
 * right after the class token, after the positional embedding and before ln_pre; they have no
 * position of their own. Region prompts ({@link #encodeRegions}) go in the same place, four groups
 * with an attention mask that keeps each group to its band of the image ({@link RegionPromptMask}).
 * State-dict names are relative to {@code visual.}.
 */
public final class ClipVisionTransformer extends ClipBlock implements ImageTower {

    private final VisionTransformerConfig config;
    private final Parameter conv1;
    private final Parameter classEmbedding;
    private final Parameter positionalEmbedding;
    private final LayerNormBlock lnPre;
    private final Transformer transformer;
    private final LayerNormBlock lnPost;
    private final Parameter proj;

    public ClipVisionTransformer(VisionTransformerConfig config) {
        this.config = config;
        int grid = config.gridSize();
        classEmbedding = weight("class_embedding", config.width());
        positionalEmbedding = weight("positional_embedding", (long) grid * grid + 1, config.width());
        proj = weight("proj", config.width(), config.embedDim());
        conv1 = child("conv1", new ConvWeight(config.width(), 3, config.patchSize())).weight;
        lnPre = child("ln_pre", new LayerNormBlock(config.width()));
        transformer = child("transformer", new Transformer(config.width(), config.layers(), config.heads()));
        lnPost = child("ln_post", new LayerNormBlock(config.width()));
    }

    public VisionTransformerConfig config() {
        return config;
    }

    @Override
    public int imageResolution() {
        return config.imageResolution();
    }

    @Override
    public int embedDim() {
        return config.embedDim();
    }

    @Override
    public NDArray encode(NDArray images) {
        return encode(images, null).get(0);
    }

    /**
     * Image features (batch, embedDim) and the final hidden states (batch, tokens, width) before
     * ln_post, whose rows 1..count hold the prompt tokens; {@code prompts} is (count, width) or null.
     */
    public NDList encode(NDArray images, NDArray prompts) {
        NDArray x = embedded(images);
        long batch = x.getShape().get(0);
        if (prompts != null) {
            Shape shape = prompts.getShape();
            if (shape.dimension() != 2 || shape.get(1) != config.width()) {
                throw new IllegalArgumentException("Image prompts must be (count, " + config.width() + "), got " + shape);
            }
            NDArray repeated = prompts.expandDims(0).broadcast(new Shape(batch, shape.get(0), config.width()));
            x = NDArrays.concat(new NDList(x.get(":, :1"), repeated, x.get(":, 1:")), 1);
        }
        NDArray hidden = transformer.apply(lnPre.apply(x), null);
        NDArray features = lnPost.apply(hidden.get(":, 0")).matMul(proj.getArray());
        return new NDList(features, hidden);
    }

    /**
     * Image features (batch, embedDim) with region prompt tokens {@code regionPrompts} (4, perRegion,
     * width): inserted after the class token, region by region, under {@link RegionPromptMask}; the
     * output is ln_post(class token) x proj as in CLIP. Zero tokens per region (or null) give exactly
     * {@link #encode(NDArray)}.
     */
    public NDArray encodeRegions(NDArray images, NDArray regionPrompts) {
        if (regionPrompts == null || regionPrompts.getShape().dimension() == 3 && regionPrompts.getShape().get(1) == 0) {
            return encode(images);
        }
        return lnPost.apply(regionHidden(images, regionPrompts).get(":, 0")).matMul(proj.getArray());
    }

    /** Final hidden states (batch, tokens, width), before ln_post, with region prompts (4, perRegion, width). */
    NDArray regionHidden(NDArray images, NDArray regionPrompts) {
        Shape shape = regionPrompts.getShape();
        if (shape.dimension() != 3 || shape.get(0) != RegionPromptMask.REGIONS || shape.get(2) != config.width()) {
            throw new IllegalArgumentException("Region prompts must be (" + RegionPromptMask.REGIONS + ", count, "
                    + config.width() + "), got " + shape);
        }
        NDArray x = embedded(images);
        long batch = x.getShape().get(0);
        long count = shape.get(0) * shape.get(1);
        NDArray tokens = regionPrompts.reshape(1, count, config.width()).broadcast(new Shape(batch, count, config.width()));
        x = NDArrays.concat(new NDList(x.get(":, :1"), tokens, x.get(":, 1:")), 1);
        NDArray mask = RegionPromptMask.of(x.getManager(), (int) shape.get(1), config.gridSize());
        return transformer.apply(lnPre.apply(x), mask);
    }

    /** Patchified images with the class token and positional embedding: (batch, 1 + grid^2, width). */
    private NDArray embedded(NDArray images) {
        int patch = config.patchSize();
        NDArray x = Conv2d.conv2d(images, conv1.getArray(), null, new Shape(patch, patch), new Shape(0, 0),
                new Shape(1, 1), 1).singletonOrThrow();
        long batch = x.getShape().get(0);
        x = x.reshape(batch, config.width(), -1).transpose(0, 2, 1);
        NDArray cls = x.getManager().zeros(new Shape(batch, 1, config.width())).add(classEmbedding.getArray());
        return NDArrays.concat(new NDList(cls, x), 1).add(positionalEmbedding.getArray());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        return encode(inputs.get(0), inputs.size() > 1 ? inputs.get(1) : null);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), config.embedDim())};
    }
}
