package org.sightline.engine.djl.vl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.eval.MarketTokens;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.sentences.SentenceGenerator;
import org.sightline.core.vl.sentences.TemplateFamily;

/**
 * Trains a {@link PedVlNetwork} on cached crop features and generated sentences: symmetric
 * contrastive loss (targets spread over all batch items of the same person) with CLIP's learnable
 * temperature, plus an auxiliary attribute loss on the image embedding (a linear head that is not
 * shipped; PETA tokens Market does not label are masked out for Market crops). Adam, cosine decay.
 */
final class VlTrainer implements AutoCloseable {

    static final String ENGINE = "PyTorch";
    private static final int VOCABULARY_SENTENCES_PER_CROP = 6;
    private static final int MIN_ATTRIBUTE_POSITIVES = 30;

    private final NDManager manager;
    private final PedVlNetwork network;
    private final TextVocabulary vocabulary;
    private final ClipTokenizer tokenizer;
    private final VlTrainingOptions options;
    private final Optimizer optimizer;
    private final List<String> attributeTokens;
    private final NDArray attributeWeight;
    private final NDArray attributeBias;
    private int step;

    private VlTrainer(NDManager manager, PedVlNetwork network, TextVocabulary vocabulary, ClipTokenizer tokenizer,
                      VlTrainingOptions options, int totalSteps, List<String> attributeTokens, Random random) {
        this.manager = manager;
        this.network = network;
        this.vocabulary = vocabulary;
        this.tokenizer = tokenizer;
        this.options = options;
        this.attributeTokens = attributeTokens;
        float lr = (float) options.learningRate();
        this.optimizer = Optimizer.adam().optLearningRateTracker(Tracker.cosine().setBaseValue(lr)
                .optFinalValue(lr * 0.05f).setMaxUpdates(Math.max(1, totalSteps)).build()).build();
        for (Pair<String, Parameter> p : network.getParameters()) {
            p.getValue().getArray().setRequiresGradient(true);
        }
        int d = options.embeddingDimension();
        attributeWeight = SeededInitializer.normal(random, Math.pow(d, -0.5))
                .initialize(manager, new Shape(attributeTokens.size(), d), ai.djl.ndarray.types.DataType.FLOAT32);
        attributeBias = manager.zeros(new Shape(attributeTokens.size()));
        attributeWeight.setRequiresGradient(true);
        attributeBias.setRequiresGradient(true);
    }

    static VlTrainer create(List<PedestrianCrop> train, CachedFeatures features, ClipTokenizer tokenizer,
                            VlTrainingOptions options, String modelId, String trainedOn) {
        Engine engine = Engine.getEngine(ENGINE);
        engine.setRandomSeed((int) options.seed());
        Random random = new Random(options.seed());
        TextVocabulary vocabulary = vocabularyOf(train, tokenizer, options.seed());
        float[][] stats = FeatureStatistics.meanAndStd(features);
        VlConfig config = new VlConfig(modelId, VlConfig.FORMAT_VERSION, null, null, features.reid()[0].length,
                features.colour()[0][0].length, stats[0], stats[1], options.imageHidden(), options.embeddingDimension(),
                options.textWidth(), options.textLayers(), options.textHeads(), options.contextLength(),
                vocabulary.clipIds(), trainedOn, options.seed());
        NDManager manager = engine.newBaseManager();
        PedVlNetwork network = new PedVlNetwork(config, random);
        network.initializeWeights(manager);
        int steps = options.epochs() * (train.size() / options.batchSize());
        return new VlTrainer(manager, network, vocabulary, tokenizer, options, steps, attributeTokens(train), random);
    }

    static TextVocabulary vocabularyOf(List<PedestrianCrop> train, ClipTokenizer tokenizer, long seed) {
        SentenceGenerator generator = new SentenceGenerator(TemplateFamily.TRAINING, seed ^ 0x5eed);
        List<int[]> ids = new ArrayList<>();
        for (PedestrianCrop crop : train) {
            ids.add(tokenizer.encode(generator.fullSentence(crop.tokens())));
            for (int i = 0; i < VOCABULARY_SENTENCES_PER_CROP; i++) {
                ids.add(tokenizer.encode(generator.sentence(crop.tokens())));
            }
        }
        return TextVocabulary.of(ids);
    }

    private static List<String> attributeTokens(List<PedestrianCrop> train) {
        Map<String, Integer> counts = new TreeMap<>();
        train.forEach(c -> c.tokens().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_ATTRIBUTE_POSITIVES).map(Map.Entry::getKey).toList();
    }

    PedVlNetwork network() {
        return network;
    }

    TextVocabulary vocabulary() {
        return vocabulary;
    }

    VlEncoder encoder() {
        return new VlEncoder(network, vocabulary, tokenizer, manager);
    }

    /** One pass over {@code crops} in a seeded order with fresh sentences; returns the mean loss. */
    double epoch(int epoch, List<PedestrianCrop> crops, CachedFeatures features) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            order.add(i);
        }
        Random random = new Random(options.seed() * 1_000_003L + epoch);
        Collections.shuffle(order, random);
        SentenceGenerator generator = new SentenceGenerator(TemplateFamily.TRAINING, random.nextLong());
        double lossSum = 0;
        int batches = 0;
        for (int start = 0; start + options.batchSize() <= order.size(); start += options.batchSize()) {
            lossSum += step(order.subList(start, start + options.batchSize()), crops, features, generator, random);
            batches++;
        }
        return batches == 0 ? Double.NaN : lossSum / batches;
    }

    double step(List<Integer> batch, List<PedestrianCrop> crops, CachedFeatures features, SentenceGenerator generator, Random random) {
        int n = batch.size();
        int f = network.config().featureDimension();
        float[] flat = new float[n * f];
        List<String> sentences = new ArrayList<>(n);
        float[] targets = new float[n * n];
        float[] labels = new float[n * attributeTokens.size()];
        float[] labelMask = new float[n * attributeTokens.size()];
        for (int i = 0; i < n; i++) {
            PedestrianCrop crop = crops.get(batch.get(i));
            System.arraycopy(VlEncoder.standardise(features.augmented(batch.get(i), random), network.config()), 0, flat, i * f, f);
            sentences.add(generator.sentence(crop.tokens()));
            for (int j = 0; j < n; j++) {
                targets[i * n + j] = crops.get(batch.get(j)).personKey().equals(crop.personKey()) ? 1 : 0;
            }
            boolean market = crop.source().equals("Market");
            for (int a = 0; a < attributeTokens.size(); a++) {
                String token = attributeTokens.get(a);
                labels[i * attributeTokens.size() + a] = crop.tokens().contains(token) ? 1 : 0;
                labelMask[i * attributeTokens.size() + a] = !market || MarketTokens.COVERED.contains(token) ? 1 : 0;
            }
        }
        float lossValue;
        try (NDManager scope = manager.newSubManager()) {
            NDArray features2d = scope.create(flat, new Shape(n, f));
            TextBatch text = TextBatch.of(scope, tokenizer, vocabulary, sentences, options.contextLength(), 0);
            NDArray target = scope.create(targets, new Shape(n, n));
            target = target.div(target.sum(new int[] {1}, true));
            int a = attributeTokens.size();
            NDArray label = scope.create(labels, new Shape(n, a));
            NDArray mask = scope.create(labelMask, new Shape(n, a));
            try (GradientCollector collector = Engine.getEngine(ENGINE).newGradientCollector()) {
                NDArray image = network.imageEmbeddings(features2d, true);
                NDArray textEmbedding = network.textEmbeddings(text.ids(), text.endOneHot(), null);
                NDArray loss = Losses.contrastive(unit(image), unit(textEmbedding), network.logitScale(), target);
                NDArray logits = Linear.linear(image, attributeWeight, attributeBias).singletonOrThrow();
                loss = loss.add(Losses.maskedBinaryCrossEntropy(logits, label, mask).mul((float) options.attributeLossWeight()));
                collector.backward(loss);
                lossValue = loss.getFloat();
            }
            update();
        }
        step++;
        if (step % 5 == 0) {
            NativeMemory.trim();
        }
        return lossValue;
    }

    private static NDArray unit(NDArray x) {
        return x.div(x.norm(new int[] {1}, true).add(1e-12f));
    }

    private void update() {
        for (Pair<String, Parameter> p : network.getParameters()) {
            updateOne(p.getKey(), p.getValue().getArray());
        }
        updateOne("attribute.weight", attributeWeight);
        updateOne("attribute.bias", attributeBias);
    }

    private void updateOne(String id, NDArray weight) {
        try (NDArray gradient = weight.getGradient()) {
            optimizer.update(id, weight, gradient);
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
