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
import java.util.Random;
import org.sightline.core.jobs.JobContext;
import org.sightline.engine.djl.vl.PromptTextTower;

/**
 * Learns only the text prompt vectors for description search: per step, a batch of training identities,
 * each with one of its cached (frozen) image embeddings and one of its descriptions, drawn seeded;
 * symmetric contrastive loss (image-to-text and text-to-image cross-entropy over the batch at a fixed
 * temperature), {@link Adam} with cosine decay (checkpointable). The base model's weights are only read.
 */
final class DescriptionTuner implements AutoCloseable {

    static final float LOGIT_SCALE = 20f;
    private static final float PROMPT_INIT_STD = 0.02f;

    /** One training identity: its image embeddings (unit) and descriptions. */
    record Person(float[][] images, List<String> descriptions) {
    }

    private final PromptTextTower tower;
    private final TuningOptions options;
    private final NDManager manager;
    private final NDArray prompts;
    private final Adam optimizer;

    DescriptionTuner(PromptTextTower tower, TuningOptions options, int trainingPeople) {
        this.tower = tower;
        this.options = options;
        Engine engine = Engine.getEngine(PromptTuner.ENGINE);
        engine.setRandomSeed((int) options.seed());
        this.manager = engine.newBaseManager(tower.device());
        Random random = new Random(options.seed());
        float[] init = new float[options.promptCount() * tower.width()];
        for (int i = 0; i < init.length; i++) {
            init[i] = (float) random.nextGaussian() * PROMPT_INIT_STD;
        }
        prompts = manager.create(init, new Shape(options.promptCount(), tower.width()));
        prompts.setRequiresGradient(true);
        int steps = options.epochs() * Math.max(1, (trainingPeople + options.batchSize() - 1) / options.batchSize());
        float lr = (float) options.learningRate();
        optimizer = new Adam(manager, lr, steps);
        optimizer.add("prompts", prompts);
    }

    /** Where this tuner's arrays live (the base model's device). */
    Device device() {
        return manager.getDevice();
    }

    Adam optimizer() {
        return optimizer;
    }

    float[] prompts() {
        return prompts.toFloatArray();
    }

    /** One pass over the people in a seeded order; returns the mean training loss. */
    double epoch(int epoch, List<Person> people, JobContext context) {
        Random random = new Random(options.seed() * 1_000_003L + epoch);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        double sum = 0;
        int batches = 0;
        for (int start = 0; start < order.size(); start += options.batchSize()) {
            if (context != null) {
                context.throwIfCancelled();
            }
            List<Integer> batch = order.subList(start, Math.min(order.size(), start + options.batchSize()));
            if (batch.size() < 2) {
                continue; // a contrastive batch of one has nothing to contrast
            }
            float[][] images = new float[batch.size()][];
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Person p = people.get(batch.get(i));
                images[i] = p.images()[random.nextInt(p.images().length)];
                texts.add(p.descriptions().get(random.nextInt(p.descriptions().size())));
            }
            sum += step(images, texts, true);
            batches++;
        }
        PromptTextTower.trimNativeMemory();
        return batches == 0 ? Double.NaN : sum / batches;
    }

    /** The loss on fixed pairs (each person's first image and first description), without updating. */
    double loss(List<Person> people) {
        float[][] images = people.stream().map(p -> p.images()[0]).toArray(float[][]::new);
        return step(images, people.stream().map(p -> p.descriptions().getFirst()).toList(), false);
    }

    private double step(float[][] images, List<String> texts, boolean update) {
        int n = images.length, dim = images[0].length;
        float[] flat = new float[n * dim];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images[i], 0, flat, i * dim, dim);
        }
        synchronized (tower.lock()) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray image = scope.create(flat, new Shape(n, dim));
                NDArray eye = scope.eye(n);
                float value;
                try (GradientCollector collector = Engine.getEngine(PromptTuner.ENGINE).newGradientCollector()) {
                    NDArray text = tower.unitEmbeddings(scope, texts, prompts);
                    NDArray logits = image.matMul(text.transpose()).mul(LOGIT_SCALE);
                    NDArray imageToText = logits.logSoftmax(1).mul(eye).sum().neg().div((float) n);
                    NDArray textToImage = logits.logSoftmax(0).mul(eye).sum().neg().div((float) n);
                    NDArray loss = imageToText.add(textToImage).div(2f);
                    if (update) {
                        collector.backward(loss);
                    }
                    value = loss.getFloat();
                }
                if (update) {
                    optimizer.step();
                }
                return value;
            }
        }
    }

    /** Unit text embeddings of {@code texts} with these prompt values (no gradients kept). */
    float[][] encode(List<String> texts, float[] promptValues) {
        synchronized (tower.lock()) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray p = scope.create(promptValues, new Shape(options.promptCount(), tower.width()));
                float[][] out = new float[texts.size()][];
                for (int from = 0; from < texts.size(); from += 256) {
                    List<String> part = texts.subList(from, Math.min(texts.size(), from + 256));
                    NDArray e = tower.unitEmbeddings(scope, part, p);
                    int d = (int) e.getShape().get(1);
                    float[] v = e.toFloatArray();
                    for (int i = 0; i < part.size(); i++) {
                        out[from + i] = java.util.Arrays.copyOfRange(v, i * d, (i + 1) * d);
                    }
                }
                return out;
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
