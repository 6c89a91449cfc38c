package org.sightline.engine.djl.clip;

import java.util.Arrays;

/**
 * The ten numbers that define an OpenAI CLIP model, as openai/CLIP's {@code CLIP(...)} takes them.
 * {@code visionLayers} has one entry for a ViT (its depth) and four for a modified ResNet;
 * {@code visionPatchSize} is 0 for a ResNet. Heads follow CLIP's rule: width / 64.
 */
public record ClipConfig(int embedDim, int imageResolution, int[] visionLayers, int visionWidth, int visionPatchSize,
        int contextLength, int vocabSize, int transformerWidth, int transformerHeads, int transformerLayers) {

    public ClipConfig {
        visionLayers = visionLayers.clone();
        if (visionLayers.length != 1 && visionLayers.length != 4) {
            throw new IllegalArgumentException("visionLayers needs 1 (ViT) or 4 (ResNet) entries, got "
                    + Arrays.toString(visionLayers));
        }
    }

    public static ClipConfig vit(int embedDim, int imageResolution, int layers, int width, int patchSize,
            TextTowerConfig text) {
        return new ClipConfig(embedDim, imageResolution, new int[] {layers}, width, patchSize, text.contextLength(),
                text.vocabSize(), text.width(), text.heads(), text.layers());
    }

    public boolean isVisionTransformer() {
        return visionLayers.length == 1;
    }

    public TextTowerConfig text() {
        return new TextTowerConfig(vocabSize, contextLength, transformerWidth, transformerHeads, transformerLayers,
                embedDim);
    }

    public VisionTransformerConfig visionTransformer() {
        if (!isVisionTransformer()) {
            throw new IllegalStateException("Not a ViT config: " + this);
        }
        return new VisionTransformerConfig(imageResolution, visionPatchSize, visionWidth, visionLayers[0],
                Math.max(1, visionWidth / 64), embedDim);
    }

    public ModifiedResNetConfig resNet() {
        if (isVisionTransformer()) {
            throw new IllegalStateException("Not a ResNet config: " + this);
        }
        return new ModifiedResNetConfig(visionLayers, visionWidth, imageResolution, Math.max(1, visionWidth * 32 / 64),
                embedDim);
    }

    @Override
    public int[] visionLayers() {
        return visionLayers.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClipConfig c && c.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "ClipConfig[embedDim=" + embedDim + ", imageResolution=" + imageResolution + ", visionLayers="
                + Arrays.toString(visionLayers) + ", visionWidth=" + visionWidth + ", visionPatchSize="
                + visionPatchSize + ", contextLength=" + contextLength + ", vocabSize=" + vocabSize
                + ", transformerWidth=" + transformerWidth + ", transformerHeads=" + transformerHeads
                + ", transformerLayers=" + transformerLayers + "]";
    }
}
