package org.sightline.engine.djl.clip;

import java.util.Arrays;

/** Shape of CLIP's modified ResNet; RN50 is layers (3, 4, 6, 3), width 64, 224 px, 32 heads, 1024. */
public record ModifiedResNetConfig(int[] layers, int width, int imageResolution, int heads, int embedDim) {

    public ModifiedResNetConfig {
        layers = layers.clone();
        if (layers.length != 4 || Arrays.stream(layers).anyMatch(n -> n <= 0) || width <= 0 || width % 2 != 0
                || imageResolution % 32 != 0 || heads <= 0 || (width * 32) % heads != 0) {
            throw new IllegalArgumentException("Invalid modified ResNet config: layers " + Arrays.toString(layers)
                    + ", width " + width + ", resolution " + imageResolution + ", heads " + heads);
        }
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }
}
