package org.sightline.engine.djl.vl;

/** Hyper-parameters of {@link VlTrainingRun}; {@link #defaults()} trained the shipped model. */
public record VlTrainingOptions(int epochs, long seed, int batchSize, double learningRate, int imageHidden,
                                int embeddingDimension, int textWidth, int textLayers, int textHeads,
                                int contextLength, double attributeLossWeight) {

    public static VlTrainingOptions defaults() {
        return new VlTrainingOptions(12, 7, 128, 1e-3, 384, 256, 128, 2, 4, 48, 0.5);
    }

    public VlTrainingOptions withEpochs(int value) {
        return new VlTrainingOptions(value, seed, batchSize, learningRate, imageHidden, embeddingDimension, textWidth,
                textLayers, textHeads, contextLength, attributeLossWeight);
    }

    public VlTrainingOptions withSeed(long value) {
        return new VlTrainingOptions(epochs, value, batchSize, learningRate, imageHidden, embeddingDimension, textWidth,
                textLayers, textHeads, contextLength, attributeLossWeight);
    }

    public VlTrainingOptions withBatchSize(int value) {
        return new VlTrainingOptions(epochs, seed, value, learningRate, imageHidden, embeddingDimension, textWidth,
                textLayers, textHeads, contextLength, attributeLossWeight);
    }
}
