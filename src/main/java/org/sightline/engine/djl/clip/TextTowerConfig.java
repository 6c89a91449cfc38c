package org.sightline.engine.djl.clip;

/**
 * Shape of a CLIP text tower. OpenAI's models use vocabulary 49408 and context 77;
 * ViT-B uses width 512, 8 heads, 12 layers, embedding 512.
 */
public record TextTowerConfig(int vocabSize, int contextLength, int width, int heads, int layers, int embedDim) {

    public TextTowerConfig {
        if (vocabSize <= 0 || contextLength < 2 || width <= 0 || heads <= 0 || layers <= 0 || embedDim <= 0) {
            throw new IllegalArgumentException("Invalid text tower config " + this);
        }
        if (width % heads != 0) {
            throw new IllegalArgumentException("Text width " + width + " is not divisible by " + heads + " heads");
        }
    }
}
