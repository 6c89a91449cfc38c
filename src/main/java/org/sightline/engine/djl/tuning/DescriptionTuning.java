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

    public DescriptionTuning(PedestrianVlModel model, IdentityFolders.Identities data, TuningOptions options, Consumer<String> log) {
        this.model = model;
        this.data = data;
        this.options = options;
        this.log = log;
    }

    @Override
    public DescriptionTuningResult run(JobContext context) throws Exception {
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
        List<EpochRecord> epochs = new ArrayList<>();
        float[] best;
        int bestEpoch = 0;
        try (DescriptionTuner tuner = new DescriptionTuner(tower, options, people.size())) {
            best = tuner.prompts();
            double bestR1 = RetrievalMetrics.evaluate(tuner.encode(queries, best), queryPeople, galleryArray, galleryPeople).recallAt1();
            log.accept(String.format(Locale.ROOT, "epoch  0: validation R@1 %.4f (initial prompts)", bestR1));
            for (int e = 1; e <= options.epochs(); e++) {
                long start = System.nanoTime();
                double loss = tuner.epoch(e, people, context);
                float[] state = tuner.prompts();
                RetrievalScores scores = RetrievalMetrics.evaluate(tuner.encode(queries, state), queryPeople, galleryArray, galleryPeople);
                double seconds = (System.nanoTime() - start) / 1e9;
                epochs.add(new EpochRecord(e, loss, scores.recallAt1(), seconds));
                log.accept(String.format(Locale.ROOT, "epoch %2d: loss %.4f, validation R@1 %.4f, %.2f s", e, loss, scores.recallAt1(), seconds));
                if (context != null) {
                    context.progress(e, options.epochs(), "epoch " + e);
                }
                if (scores.recallAt1() > bestR1) {
                    bestR1 = scores.recallAt1();
                    best = state;
                    bestEpoch = e;
                } else if (e - bestEpoch >= options.patience()) {
                    log.accept("early stop: no better validation R@1 for " + options.patience() + " epochs; keeping epoch " + bestEpoch);
                    break;
                }
            }
        }
        PromptPack pack = pack(best, bestEpoch, training.size(), validation.size(), before, null);
        RetrievalScores after = RetrievalMetrics.evaluate(new PromptedModel(pack, model).encodeTexts(queries), queryPeople,
                galleryArray, galleryPeople);
        pack = pack(best, bestEpoch, training.size(), validation.size(), before, after);
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
