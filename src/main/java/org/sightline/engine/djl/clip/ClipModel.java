package org.sightline.engine.djl.clip;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ClipImageTransform;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.device.DjlDeviceSelector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CLIP checkpoint as a {@link VisionLanguageModel}: DJL blocks ({@link ClipNetwork}) on the
 * PyTorch engine. Every call works in its own NDManager scope and batches internally. The weights
 * are frozen and calls hold no state, so one instance may serve several threads.
 */
public final class ClipModel implements VisionLanguageModel {

    static final int BATCH = 16;

    private final NDManager manager;
    private final ClipNetwork network;
    private final ModelIdentity identity;
    private final ClipTokenizer tokenizer;
    private final ClipImageTransform transform;

    /** Takes ownership of {@code manager}, which holds the network's weights. */
    public ClipModel(NDManager manager, ClipNetwork network, ModelIdentity identity, ClipTokenizer tokenizer) {
        this.manager = manager;
        this.network = network;
        this.identity = identity;
        this.tokenizer = tokenizer;
        this.transform = new ClipImageTransform(network.visual().imageResolution());
    }

    /** Opens a released checkpoint whose SHA-256 the caller has verified (the model
     * store does); failures are {@code ModelLoadException}s naming the file. */
    public static ClipModel open(Path checkpoint, ModelIdentity identity, ClipTokenizer tokenizer) {
        return open(checkpoint, identity, tokenizer, NDManager.newBaseManager());
    }

    /** As above, with the weights (and every array a call makes) on {@code device}. */
    public static ClipModel open(Path checkpoint, ModelIdentity identity, ClipTokenizer tokenizer, Device device) {
        DjlDeviceSelector.requireUsable(device, "PyTorch", identity.modelId());
        return open(checkpoint, identity, tokenizer, NDManager.newBaseManager(device, "PyTorch"));
    }

    private static ClipModel open(Path checkpoint, ModelIdentity identity, ClipTokenizer tokenizer, NDManager manager) {
        try {
            return new ClipModel(manager, ClipCheckpoint.load(checkpoint, manager), identity, tokenizer);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The device the weights are on. */
    public Device device() {
        return manager.getDevice();
    }

    public ClipNetwork network() {
        return network;
    }

    @Override
    public ModelIdentity identity() {
        return identity;
    }

    @Override
    public int embeddingDimension() {
        return network.config().embedDim();
    }

    @Override
    public float[][] encodeImages(List<RgbImage> crops) {
        return encodeImages(crops, ImagePrompts.NONE);
    }

    /**
     * Image embeddings with region prompt tokens (ViT only; any number per region, of the vision
     * width): see {@link ClipVisionTransformer#encodeRegions}. A modified ResNet refuses them.
     */
    @Override
    public float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
        ClipVisionTransformer vit = regionTower(prompts);
        int size = transform.size();
        int perImage = 3 * size * size;
        List<float[]> rows = new ArrayList<>(crops.size());
        for (int from = 0; from < crops.size(); from += BATCH) {
            List<RgbImage> batch = crops.subList(from, Math.min(crops.size(), from + BATCH));
            float[] pixels = new float[batch.size() * perImage];
            for (int i = 0; i < batch.size(); i++) {
                transform.apply(batch.get(i), pixels, i * perImage);
            }
            try (NDManager scope = manager.newSubManager()) {
                NDArray images = scope.create(pixels, new Shape(batch.size(), 3, size, size));
                NDArray regions = prompts.isEmpty() ? null : scope.create(prompts.values(),
                        new Shape(ImagePrompts.REGIONS.size(), prompts.perRegion(), prompts.width()));
                addNormalised(vit == null ? network.visual().encode(images) : vit.encodeRegions(images, regions), rows);
            }
        }
        return rows.toArray(float[][]::new);
    }

    /** The ViT that takes {@code prompts}, or null when they are empty; refuses a ResNet or a wrong width. */
    private ClipVisionTransformer regionTower(ImagePrompts prompts) {
        if (prompts.isEmpty()) {
            return null;
        }
        if (!(network.visual() instanceof ClipVisionTransformer vit)) {
            throw new UnsupportedOperationException(identity.modelId() + " has a modified-ResNet image tower, which takes no "
                    + "region prompts (only CLIP ViT models do)");
        }
        prompts.requireShape(0, vit.config().width(), identity.modelId());
        return vit;
    }

    /** The image preprocessing (resize, centre crop, normalise) this model's tower expects. */
    public ClipImageTransform imageTransform() {
        return transform;
    }

    /**
     * Token ids (texts, contextLength) for {@code promptCount} text prompt vectors, on {@code scope}
     * (for prompt tuning through {@link ClipTextTower#encode}).
     */
    public NDArray tokenIds(NDManager scope, List<String> texts, int promptCount) {
        int context = network.text().config().contextLength();
        long[] ids = new long[texts.size() * context];
        for (int i = 0; i < texts.size(); i++) {
            int[] tokens = tokenizer.tokenize(texts.get(i), context - promptCount, true);
            for (int t = 0; t < tokens.length; t++) {
                ids[i * context + t] = tokens[t];
            }
        }
        return scope.create(ids, new Shape(texts.size(), context));
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        return encodeTexts(texts, TextPrompts.NONE);
    }

    @Override
    public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
        ClipTextTower tower = network.text();
        if (prompts.count() > 0 && prompts.width() != tower.config().width()) {
            throw new IllegalArgumentException("Text prompts have width " + prompts.width() + ", the text tower of "
                    + identity.modelId() + " has width " + tower.config().width());
        }
        List<float[]> rows = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + BATCH));
            try (NDManager scope = manager.newSubManager()) {
                NDArray tokenIds = tokenIds(scope, batch, prompts.count());
                NDArray vectors = prompts.count() == 0 ? null
                        : scope.create(prompts.values(), new Shape(prompts.count(), prompts.width()));
                addNormalised(tower.encode(tokenIds, vectors), rows);
            }
        }
        return rows.toArray(float[][]::new);
    }

    private static void addNormalised(NDArray features, List<float[]> rows) {
        NDArray unit = features.div(features.norm(new int[] {1}, true));
        long dimension = unit.getShape().get(1);
        float[] values = unit.toFloatArray();
        for (int row = 0; row < unit.getShape().get(0); row++) {
            float[] out = new float[(int) dimension];
            System.arraycopy(values, (int) (row * dimension), out, 0, out.length);
            rows.add(out);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
