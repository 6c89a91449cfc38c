package org.sightline.engine.djl.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.AttributeSentences;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.TunedAttributes;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningSplit;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.ZeroShotAttributes;
import org.sightline.core.vl.eval.ZeroShotPrompts;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * Prompt tuning of an open base model ({@link TunableBase}: sightline-pedvl or a CLIP checkpoint) on
 * validated labelled crops, as a {@link Job}: seeded split; crops prepared once (embeddings of the
 * frozen image tower, or with region prompts its cached inputs); then {@link PromptTuner} epochs until
 * early stopping, learning text prompts, heads and (unless switched off) region prompts. The pack holds
 * the best validation epoch; its "after" report comes from loading the pack onto the model
 * ({@link TunedAttributes}, which encodes the crops through the pack's region prompts), the path users take.
 */
public final class PromptTuning implements Job<TuningResult> {

    private final TunableBase base;
    private final boolean imagePrompts;
    private final TuningData data;
    private final TuningOptions options;
    private final Consumer<String> log;
    private final Consumer<EpochRecord> epochListener;

    /** {@code log} receives one line per epoch and per phase. */
    public PromptTuning(PedestrianVlModel model, TuningData data, TuningOptions options, Consumer<String> log) {
        this(model, data, options, log, epoch -> { });
    }

    /**
     * {@code epochs} receives each finished epoch on the job's thread. Cancelling after at least one
     * epoch improved on the initial prompts stops early and returns the best epoch's pack (its facts
     * say {@code stoppedBy=cancel}); cancelling before that throws as usual.
     */
    public PromptTuning(PedestrianVlModel model, TuningData data, TuningOptions options, Consumer<String> log,
                        Consumer<EpochRecord> epochs) {
        this(TunableBase.of(model), true, data, options, log, epochs);
    }

    /** @param imagePrompts whether to learn region prompts too (the base must take them) */
    public PromptTuning(TunableBase base, boolean imagePrompts, TuningData data, TuningOptions options, Consumer<String> log,
                        Consumer<EpochRecord> epochs) {
        if (imagePrompts && base.regionPromptCount() == 0) {
            throw new IllegalArgumentException(base.model().identity().modelId() + " takes no region prompts (only "
                    + "sightline-pedvl and CLIP ViT models do); tune without image prompts");
        }
        this.base = base;
        this.imagePrompts = imagePrompts;
        this.data = data;
        this.options = options;
        this.log = log;
        this.epochListener = epochs;
    }

    @Override
    public TuningResult run(JobContext context) throws Exception {
        return run(context, TuningResume.none());
    }

    /** The run, continued from {@code resume}'s checkpoint when it has one, checkpointing each epoch to it. */
    public TuningResult run(JobContext context, TuningResume resume) throws Exception {
        TuningSplit split = TuningSplit.of(data.labels().images(), options.validationShare(), options.seed());
        log.accept(String.format(Locale.ROOT, "split (%s, seed %d): %d training, %d validation crops; %d attributes%s",
                split.byPerson() ? "person-disjoint" : "by file", options.seed(), split.training().size(),
                split.validation().size(), data.attributes().size(),
                data.skipped().isEmpty() ? "" : "; left out: " + data.skipped()));
        long t0 = System.nanoTime();
        TuningImages trainImages = images(split.training(), context, "training");
        TuningImages valImages = images(split.validation(), context, "validation");
        float[][] train = plain(trainImages);
        float[][] val = plain(valImages);
        log.accept(String.format(Locale.ROOT, "crops prepared (frozen image tower; %s): %.1f s", imagePrompts
                ? "region prompts: " + base.regionPromptDescription() : "embeddings cached", (System.nanoTime() - t0) / 1e9));
        List<Set<String>> trainTruth = split.training().stream().map(LabelledImage::tokens).toList();
        List<Set<String>> valTruth = split.validation().stream().map(LabelledImage::tokens).toList();
        List<String> tokens = data.attributes();
        List<ZeroShotPrompts.Pair> pairs = tokens.stream().map(t -> AttributeSentences.of(data.schema(), t)).toList();
        List<String> positives = pairs.stream().map(ZeroShotPrompts.Pair::positive).toList();
        List<String> negatives = pairs.stream().map(ZeroShotPrompts.Pair::negative).toList();
        VisionLanguageModel model = base.model();
        ZeroShotAttributes zeroShot = new ZeroShotAttributes(tokens, model.encodeTexts(positives), model.encodeTexts(negatives));
        double[][] valScores = zeroShot.scores(val);
        double[] offsets = zeroShot.tuneOffsets(zeroShot.scores(train), trainTruth);
        EvaluationReport before = zeroShot.evaluate(valScores, valTruth, null, tokens);
        EvaluationReport beforeOffsets = zeroShot.evaluate(valScores, valTruth, offsets, tokens);
        log.accept(String.format(Locale.ROOT, "before: validation mA %.4f zero-shot, %.4f with offsets tuned on the training part",
                before.meanAccuracy(), beforeOffsets.meanAccuracy()));

        float[][] weights = classWeights(tokens, trainTruth);
        EpochLoop.Outcome outcome;
        try (PromptTuner tuner = new PromptTuner(base, tokens, positives, negatives, options, trainImages)) {
            outcome = new EpochLoop(options, "validation mA", log, epochListener).run(new EpochLoop.Trainer() {
                @Override
                public Adam optimizer() {
                    return tuner.optimizer();
                }

                @Override
                public double epoch(int epoch, JobContext jobContext) {
                    return tuner.epoch(epoch, trainImages, trainTruth, weights[0], weights[1], jobContext);
                }

                @Override
                public double validate(Map<String, float[]> values) {
                    return tuner.meanAccuracy(PromptTuner.State.of(values), valImages, valTruth);
                }
            }, resume, context);
        }
        PromptTuner.State best = PromptTuner.State.of(outcome.best());
        int bestEpoch = outcome.bestEpoch();
        boolean cancelled = outcome.cancelled();
        List<EpochRecord> epochs = outcome.epochs();
        PromptPack pack = pack(best, tokens, positives, negatives, split, before, bestEpoch);
        TunedAttributes loaded = TunedAttributes.load(pack, model);
        float[][] valTuned = pack.imagePrompts().isEmpty() ? val : encode(loaded, split.validation());
        EvaluationReport after = new org.sightline.core.attributes.eval.AttributeEvaluator().evaluate(tokens, valTruth, loaded.predict(valTuned));
        pack = withFact(pack, "validationMaAfter", after.meanAccuracy());
        if (cancelled) {
            Map<String, String> facts = new TreeMap<>(pack.facts());
            facts.put("stoppedBy", "cancel");
            pack = pack.withFacts(facts);
        }
        return new TuningResult(pack, epochs, bestEpoch, before, beforeOffsets, after, base.baseParameterCount());
    }

    /** The crops as the tuner sees them: cached inputs with region prompts on, else fixed embeddings. */
    private TuningImages images(List<LabelledImage> images, JobContext context, String what) throws Exception {
        return imagePrompts ? TuningImages.prompted(base, base.cache(images, context, what))
                : TuningImages.fixed(CropEmbeddings.of(base.model(), images, context, what));
    }

    /** Embeddings by the base model as it is (for the zero-shot "before"). */
    private float[][] plain(TuningImages images) {
        try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(base.device(), PromptTuner.ENGINE)) {
            return images.embeddings(manager, null);
        }
    }

    /**
     * Crops encoded the way a loaded pack encodes them (its region prompts through the model's own
     * call); not cancellable, since a cancelled run still returns its best pack.
     */
    private static float[][] encode(TunedAttributes loaded, List<LabelledImage> images) throws Exception {
        float[][] out = new float[images.size()][];
        for (int start = 0; start < images.size(); start += CropEmbeddings.BATCH) {
            int end = Math.min(images.size(), start + CropEmbeddings.BATCH);
            System.arraycopy(loaded.encode(CropEmbeddings.read(images.subList(start, end))), 0, out, start, end - start);
        }
        return out;
    }

    /** Per attribute, the loss weight of a positive and of a negative: each class weighs half. */
    static float[][] classWeights(List<String> tokens, List<Set<String>> truth) {
        float[][] w = new float[2][tokens.size()];
        for (int a = 0; a < tokens.size(); a++) {
            String token = tokens.get(a);
            long pos = truth.stream().filter(t -> t.contains(token)).count();
            long neg = truth.size() - pos;
            w[0][a] = pos == 0 ? 0 : 0.5f * truth.size() / pos;
            w[1][a] = neg == 0 ? 0 : 0.5f * truth.size() / neg;
        }
        return w;
    }

    private PromptPack pack(PromptTuner.State state, List<String> tokens, List<String> positives, List<String> negatives,
                            TuningSplit split, EvaluationReport before, int bestEpoch) {
        List<AttributeHead> heads = new ArrayList<>();
        for (int a = 0; a < tokens.size(); a++) {
            heads.add(new AttributeHead(tokens.get(a), positives.get(a), negatives.get(a), state.scales()[a], state.offsets()[a]));
        }
        Map<String, String> facts = new TreeMap<>();
        facts.put("trainedOn", data.source());
        facts.put("seed", Long.toString(options.seed()));
        facts.put("bestEpoch", Integer.toString(bestEpoch));
        facts.put("trainingCrops", Integer.toString(split.training().size()));
        facts.put("validationCrops", Integer.toString(split.validation().size()));
        facts.put("validationMaBefore", String.format(Locale.ROOT, "%.4f", before.meanAccuracy()));
        facts.put("imagePrompts", imagePrompts ? base.regionPromptDescription() : "none");
        ImagePrompts regions = imagePrompts
                ? new ImagePrompts(base.regionPromptCount(), base.regionPromptWidth(), state.imagePrompts()) : ImagePrompts.NONE;
        return new PromptPack(base.model().identity(), data.schema().id(),
                new TextPrompts(options.promptCount(), base.textWidth(), state.prompts()), regions, heads, facts);
    }

    private static PromptPack withFact(PromptPack pack, String key, double value) {
        Map<String, String> facts = new TreeMap<>(pack.facts());
        facts.put(key, String.format(Locale.ROOT, "%.4f", value));
        return pack.withFacts(facts);
    }
}
