package org.sightline.engine.djl.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.tuning.IdentityFolders.Identity;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptedModel;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.RetrievalMetrics;
import org.sightline.core.vl.eval.RetrievalScores;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptTextTower;

/**
 * Prompt tuning of sightline-pedvl for description search on identity folders, as a {@link Job}:
 * seeded person-disjoint split of identities, image embeddings computed once by the frozen image tower,
 * {@link DescriptionTuner} epochs with early stopping on validation R@1 (each validation description
 * queries the gallery of all validation crops). The pack (no attribute heads, {@code task=retrieval} in
 * its facts) holds the best epoch's prompts; "after" is measured through {@link PromptedModel}, the path
 * {@code eval retrieval --pack} and search take.
 */
public final class DescriptionTuning implements Job<DescriptionTuningResult> {

    public static final String TASK = "retrieval";

    private final PedestrianVlModel model;
    private final IdentityFolders.Identities data;
    private final TuningOptions options;
    private final Consumer<String> log;
    private final Consumer<EpochRecord> epochListener;

    public DescriptionTuning(PedestrianVlModel model, IdentityFolders.Identities data, TuningOptions options, Consumer<String> log) {
        this(model, data, options, log, epoch -> { });
    }

    /**
     * {@code epochs} receives each finished epoch (validation R@1 as its metric) on the job's thread.
     * Cancelling after some epoch improved on the initial prompts returns the best epoch's pack (facts say
     * {@code stoppedBy=cancel}); cancelling earlier throws.
     */
    public DescriptionTuning(PedestrianVlModel model, IdentityFolders.Identities data, TuningOptions options, Consumer<String> log,
                             Consumer<EpochRecord> epochs) {
        this.model = model;
        this.data = data;
        this.options = options;
        this.log = log;
        this.epochListener = epochs;
    }

    @Override
    public DescriptionTuningResult run(JobContext context) throws Exception {
        return run(context, TuningResume.none());
    }

    /** The run, continued from {@code resume}'s checkpoint when it has one, checkpointing each epoch to it. */
    public DescriptionTuningResult run(JobContext context, TuningResume resume) throws Exception {
        List<List<Identity>> split = IdentityFolders.split(data.identities(), options.validationShare(), options.seed());
        List<Identity> training = split.get(0);
        List<Identity> validation = split.get(1);
        log.accept(String.format(Locale.ROOT, "split (person-disjoint, seed %d): %d training, %d validation identities%s",
                options.seed(), training.size(), validation.size(),
                data.skipped().isEmpty() ? "" : "; left out: " + data.skipped()));
        long t0 = System.nanoTime();
        List<DescriptionTuner.Person> people = new ArrayList<>();
        for (Identity id : training) {
            people.add(new DescriptionTuner.Person(embed(id, context), id.descriptions()));
        }
        List<float[]> gallery = new ArrayList<>();
        List<String> galleryPeople = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<String> queryPeople = new ArrayList<>();
        for (Identity id : validation) {
            for (float[] e : embed(id, context)) {
                gallery.add(e);
                galleryPeople.add(id.name());
            }
            for (String d : id.descriptions().stream().distinct().toList()) {
                queries.add(d);
                queryPeople.add(id.name());
            }
        }
        float[][] galleryArray = gallery.toArray(float[][]::new);
        log.accept(String.format(Locale.ROOT, "image embeddings (frozen image tower, cached): %.1f s", (System.nanoTime() - t0) / 1e9));
        RetrievalScores before = RetrievalMetrics.evaluate(model.encodeTexts(queries), queryPeople, galleryArray, galleryPeople);
        log.accept("before (base model, no prompts): validation " + before);

        PromptTextTower tower = PromptTextTower.of(model);
        EpochLoop.Outcome outcome;
        try (DescriptionTuner tuner = new DescriptionTuner(tower, options, people.size())) {
            outcome = new EpochLoop(options, "validation R@1", log, epochListener).run(new EpochLoop.Trainer() {
                @Override
                public Adam optimizer() {
                    return tuner.optimizer();
                }

                @Override
                public double epoch(int epoch, JobContext jobContext) {
                    return tuner.epoch(epoch, people, jobContext);
                }

                @Override
                public double validate(Map<String, float[]> values) {
                    return RetrievalMetrics.evaluate(tuner.encode(queries, values.get("prompts")), queryPeople, galleryArray,
                            galleryPeople).recallAt1();
                }
            }, resume, context);
        }
        float[] best = outcome.best().get("prompts");
        int bestEpoch = outcome.bestEpoch();
        List<EpochRecord> epochs = outcome.epochs();
        PromptPack pack = pack(best, bestEpoch, training.size(), validation.size(), before, null);
        RetrievalScores after = RetrievalMetrics.evaluate(new PromptedModel(pack, model).encodeTexts(queries), queryPeople,
                galleryArray, galleryPeople);
        pack = pack(best, bestEpoch, training.size(), validation.size(), before, after);
        if (outcome.cancelled()) {
            Map<String, String> facts = new TreeMap<>(pack.facts());
            facts.put("stoppedBy", "cancel");
            pack = new PromptPack(pack.base(), pack.schemaId(), pack.prompts(), pack.heads(), facts);
        }
        return new DescriptionTuningResult(pack, epochs, bestEpoch, before, after, training.size(), validation.size());
    }

    private float[][] embed(Identity id, JobContext context) throws Exception {
        List<LabelledImage> images = id.images().stream()
                .map(p -> new LabelledImage(p.toString(), p, java.util.Set.of(), Map.of())).toList();
        float[][] out = CropEmbeddings.of(model, images, context, "identity " + id.name());
        for (float[] v : out) {
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            float inv = (float) (1 / Math.max(1e-12, Math.sqrt(norm)));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return out;
    }

    private PromptPack pack(float[] prompts, int bestEpoch, int trainingPeople, int validationPeople, RetrievalScores before,
                            RetrievalScores after) {
        Map<String, String> facts = new TreeMap<>();
        facts.put("task", TASK);
        facts.put("trainedOn", data.source());
        facts.put("seed", Long.toString(options.seed()));
        facts.put("bestEpoch", Integer.toString(bestEpoch));
        facts.put("trainingIdentities", Integer.toString(trainingPeople));
        facts.put("validationIdentities", Integer.toString(validationPeople));
        facts.put("validationR1Before", String.format(Locale.ROOT, "%.4f", before.recallAt1()));
        if (after != null) {
            facts.put("validationR1After", String.format(Locale.ROOT, "%.4f", after.recallAt1()));
            facts.put("validationMapAfter", String.format(Locale.ROOT, "%.4f", after.meanAveragePrecision()));
        }
        return new PromptPack(model.identity(), TASK, new TextPrompts(options.promptCount(), model.textWidth(), prompts), List.of(), facts);
    }
}
