package org.sightline.engine.djl.clip;

/** Shape of a CLIP ViT image tower; ViT-B/16 is (224, 16, 768, 12 layers, 12 heads, 512). */
public record VisionTransformerConfig(int imageResolution, int patchSize, int width, int layers, int heads,
        int embedDim) {

    public VisionTransformerConfig {
        if (patchSize <= 0 || imageResolution % patchSize != 0 || width <= 0 || layers <= 0 || heads <= 0
                || embedDim <= 0 || width % heads != 0) {
            throw new IllegalArgumentException("Invalid ViT config " + this);
        }
    }

    public int gridSize() {
        return imageResolution / patchSize;
    }
}
