package org.sightline.engine.djl.tuning;

/**
 * Prompt-tuning settings: epochs (at most), seed (split, initial prompts, order), prompt vectors,
 * Adam's base learning rate (cosine decay to 5% of it), mini-batch size, early-stopping patience in
 * epochs without a better validation mA, and the share of people held out for validation.
 */
public record TuningOptions(int epochs, long seed, int promptCount, double learningRate, int batchSize, int patience,
                            double validationShare) {

    public TuningOptions {
        if (epochs < 1 || promptCount < 1 || batchSize < 2 || patience < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("epochs, prompt count and patience must be at least 1, batch at least 2 and "
                    + "learning rate positive, got " + epochs + ", " + promptCount + ", " + patience + ", " + batchSize + ", " + learningRate);
        }
    }

    public static TuningOptions defaults() {
        return new TuningOptions(30, 7, 4, 0.01, 128, 6, 0.3);
    }

    public TuningOptions withEpochs(int n) {
        return new TuningOptions(n, seed, promptCount, learningRate, batchSize, patience, validationShare);
    }

    public TuningOptions withSeed(long s) {
        return new TuningOptions(epochs, s, promptCount, learningRate, batchSize, patience, validationShare);
    }

    public TuningOptions withPromptCount(int n) {
        return new TuningOptions(epochs, seed, n, learningRate, batchSize, patience, validationShare);
    }
}
