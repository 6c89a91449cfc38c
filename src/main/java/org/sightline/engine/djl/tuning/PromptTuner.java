package org.sightline.engine.djl.tuning;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.jobs.JobContext;
import org.sightline.engine.djl.vl.PromptTextTower;

/**
 * Learns shared prompt vectors, region prompts (when the images are {@link TuningImages#prompted()})
 * and per-attribute heads: logit =
 * exp(logScale) * (cos(image, positive) - cos(image, negative) - threshold), class-balanced binary
 * cross-entropy (each attribute's positives and negatives weigh half each, which is what mA
 * rewards), {@link Adam} with cosine decay (checkpointable: the learned arrays are registered with it by
 * name). The base model's weights are only read.
 */
final class PromptTuner implements AutoCloseable {

    static final String ENGINE = "PyTorch";
    private static final float INITIAL_SCALE = 20f;
    private static final float PROMPT_INIT_STD = 0.02f;
    static final String IMAGE_PROMPTS = "imagePrompts";

    private final TunableBase tower;
    private final List<String> tokens;
    private final List<String> sentences;
    private final TuningOptions options;
    private final NDManager manager;
    private final NDArray prompts;
    private final NDArray logScale;
    private final NDArray threshold;
    /** Region prompts (4, perRegion, width), or null when the images take none. */
    private final NDArray imagePrompts;
    private final Adam optimizer;

    /** The learned numbers of one epoch, copied out; {@code imagePrompts} is empty without region prompts. */
    record State(float[] prompts, float[] scales, float[] offsets, float[] imagePrompts) {

        /** From the learned arrays by name: scale = exp(logScale), offset = -scale * threshold. */
        static State of(Map<String, float[]> values) {
            float[] scale = values.get("logScale").clone();
            float[] t = values.get("threshold");
            float[] offsets = new float[scale.length];
            for (int i = 0; i < scale.length; i++) {
                scale[i] = (float) Math.exp(scale[i]);
                offsets[i] = -scale[i] * t[i];
            }
            return new State(values.get("prompts"), scale, offsets, values.getOrDefault(IMAGE_PROMPTS, new float[0]));
        }
    }

    PromptTuner(TunableBase tower, List<String> tokens, List<String> positives, List<String> negatives,
                TuningOptions options, TuningImages trainImages) {
        this.tower = tower;
        this.tokens = List.copyOf(tokens);
        List<String> all = new ArrayList<>(positives);
        all.addAll(negatives);
        this.sentences = List.copyOf(all);
        this.options = options;
        Engine engine = Engine.getEngine(ENGINE);
        engine.setRandomSeed((int) options.seed());
        this.manager = engine.newBaseManager(tower.device());
        Random random = new Random(options.seed());
        float[] init = new float[options.promptCount() * tower.textWidth()];
        for (int i = 0; i < init.length; i++) {
            init[i] = (float) random.nextGaussian() * PROMPT_INIT_STD;
        }
        prompts = manager.create(init, new Shape(options.promptCount(), tower.textWidth()));
        float[] imageInit = trainImages.prompted() ? new float[(int) trainImages.promptShape().size()] : null;
        for (int i = 0; imageInit != null && i < imageInit.length; i++) {
            imageInit[i] = (float) random.nextGaussian() * tower.regionPromptInitStd();
        }
        imagePrompts = imageInit == null ? null : manager.create(imageInit, trainImages.promptShape());
        logScale = manager.full(new Shape(tokens.size()), (float) Math.log(INITIAL_SCALE));
        threshold = manager.create(meanDifferences(trainImages.embeddings(manager, imageInit), init));
        for (NDArray a : learned()) {
            a.setRequiresGradient(true);
        }
        int steps = options.epochs() * Math.max(1, (trainImages.size() + options.batchSize() - 1) / options.batchSize());
        float lr = (float) options.learningRate();
        optimizer = new Adam(manager, lr, steps);
        optimizer.add("prompts", prompts);
        optimizer.add("logScale", logScale);
        optimizer.add("threshold", threshold);
        if (imagePrompts != null) {
            optimizer.add(IMAGE_PROMPTS, imagePrompts);
        }
    }

    /** Where this tuner's arrays live (the base model's device). */
    Device device() {
        return manager.getDevice();
    }

    Adam optimizer() {
        return optimizer;
    }

    /** Start each threshold at the attribute's mean score difference over the training crops. */
    private float[] meanDifferences(float[][] images, float[] initialPrompts) {
        float[][] diff = differences(images, textDifferences(initialPrompts));
        float[] mean = new float[tokens.size()];
        for (float[] row : diff) {
            for (int a = 0; a < mean.length; a++) {
                mean[a] += row[a] / images.length;
            }
        }
        return mean;
    }

    /** positive minus negative unit text embedding per attribute [A][D], with these prompt values. */
    float[][] textDifferences(float[] promptValues) {
        synchronized (tower.lock()) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray p = scope.create(promptValues, new Shape(options.promptCount(), tower.textWidth()));
                NDArray text = tower.unitTexts(scope, sentences, p);
                int a = tokens.size();
                NDArray d = text.get("0:" + a + ", :").sub(text.get(a + ":, :"));
                int dim = (int) d.getShape().get(1);
                float[] flat = d.toFloatArray();
                float[][] out = new float[a][dim];
                for (int i = 0; i < a; i++) {
                    System.arraycopy(flat, i * dim, out[i], 0, dim);
                }
                return out;
            }
        }
    }

    static float[][] differences(float[][] images, float[][] textDiff) {
        float[][] out = new float[images.length][textDiff.length];
        for (int i = 0; i < images.length; i++) {
            for (int a = 0; a < textDiff.length; a++) {
                float s = 0;
                for (int k = 0; k < images[i].length; k++) {
                    s += images[i][k] * textDiff[a][k];
                }
                out[i][a] = s;
            }
        }
        return out;
    }

    /** One pass in a seeded order; returns the mean training loss. */
    double epoch(int epoch, TuningImages images, List<Set<String>> truth, float[] positiveWeight, float[] negativeWeight,
                 JobContext context) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(options.seed() * 1_000_003L + epoch));
        double sum = 0;
        int batches = 0;
        for (int start = 0; start < order.size(); start += options.batchSize()) {
            if (context != null) {
                context.throwIfCancelled();
            }
            sum += step(order.subList(start, Math.min(order.size(), start + options.batchSize())), images, truth,
                    positiveWeight, negativeWeight);
            batches++;
        }
        PromptTextTower.trimNativeMemory();
        return sum / batches;
    }

    private double step(List<Integer> batch, TuningImages images, List<Set<String>> truth, float[] posW, float[] negW) {
        int n = batch.size(), a = tokens.size();
        float[] labels = new float[n * a];
        float[] weights = new float[n * a];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < a; t++) {
                boolean positive = truth.get(batch.get(i)).contains(tokens.get(t));
                labels[i * a + t] = positive ? 1 : 0;
                weights[i * a + t] = positive ? posW[t] : negW[t];
            }
        }
        float lossValue;
        synchronized (tower.lock()) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray y = scope.create(labels, new Shape(n, a));
                NDArray w = scope.create(weights, new Shape(n, a));
                try (GradientCollector collector = Engine.getEngine(ENGINE).newGradientCollector()) {
                    NDArray image = images.unit(scope, batch, imagePrompts);
                    NDArray text = tower.unitTexts(scope, sentences, prompts);
                    NDArray diff = text.get("0:" + a + ", :").sub(text.get(a + ":, :"));
                    NDArray logits = image.matMul(diff.transpose()).sub(threshold).mul(logScale.exp());
                    NDArray bce = logits.maximum(0f).sub(logits.mul(y)).add(logits.abs().neg().exp().add(1f).log());
                    NDArray loss = bce.mul(w).sum().div((float) n * a);
                    collector.backward(loss);
                    lossValue = loss.getFloat();
                }
                optimizer.step();
            }
        }
        return lossValue;
    }

    State state() {
        return State.of(optimizer.values());
    }

    private List<NDArray> learned() {
        return imagePrompts == null ? List.of(prompts, logScale, threshold) : List.of(prompts, logScale, threshold, imagePrompts);
    }

    /** Validation mA of a state (positive when the logit is above 0). */
    double meanAccuracy(State state, TuningImages images, List<Set<String>> truth) {
        float[][] diff = differences(images.embeddings(manager, state.imagePrompts()), textDifferences(state.prompts()));
        List<Set<String>> predicted = new ArrayList<>(images.size());
        for (float[] row : diff) {
            Set<String> positives = new java.util.HashSet<>();
            for (int t = 0; t < row.length; t++) {
                if (state.scales()[t] * row[t] + state.offsets()[t] > 0) {
                    positives.add(tokens.get(t));
                }
            }
            predicted.add(positives);
        }
        return new AttributeEvaluator().evaluate(tokens, truth, predicted).meanAccuracy();
    }

    @Override
    public void close() {
        manager.close();
    }
}
