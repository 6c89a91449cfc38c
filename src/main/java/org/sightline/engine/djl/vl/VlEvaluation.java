package org.sightline.engine.djl.vl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.MarketTokens;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.RetrievalMetrics;
import org.sightline.core.vl.eval.RetrievalScores;
import org.sightline.core.vl.eval.ZeroShotAttributes;
import org.sightline.core.vl.eval.ZeroShotPrompts;
import org.sightline.core.vl.sentences.SentenceGenerator;
import org.sightline.core.vl.sentences.TemplateFamily;

/**
 * Measures a model on held-out crops: text-to-image retrieval with held-out-template sentences (one
 * query per person, from the {@link TemplateFamily#EVALUATION} family with a fixed seed, so every
 * model gets the same queries) and zero-shot attribute mA from sentence pairs, without offsets and
 * with per-attribute offsets tuned on training crops of the same data set.
 */
final class VlEvaluation {

    static final long QUERY_SEED = 20240611L;
    private static final int TUNING_CROPS = 3000;

    private VlEvaluation() {
    }

    static RetrievalScores retrieval(VlEncoder encoder, List<PedestrianCrop> gallery, float[][] galleryEmbeddings) {
        SentenceGenerator generator = new SentenceGenerator(TemplateFamily.EVALUATION, QUERY_SEED);
        Map<String, PedestrianCrop> firstCrop = new LinkedHashMap<>();
        gallery.forEach(c -> firstCrop.putIfAbsent(c.personKey(), c));
        List<String> queries = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (PedestrianCrop crop : firstCrop.values()) {
            queries.add(generator.sentence(crop.tokens()));
            people.add(crop.personKey());
        }
        return RetrievalMetrics.evaluate(encoder.texts(queries, TextPrompts.NONE), people, galleryEmbeddings,
                gallery.stream().map(PedestrianCrop::personKey).toList());
    }

    static float[][] plainFeatures(CachedFeatures features) {
        float[][] out = new float[features.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = features.plain(i);
        }
        return out;
    }

    /** The full report, as printable lines. */
    static List<String> report(VlEncoder encoder, List<PedestrianCrop> train, CachedFeatures trainFeatures,
                               List<PedestrianCrop> validation, CachedFeatures validationFeatures) {
        List<String> lines = new ArrayList<>();
        float[][] valEmbeddings = encoder.images(plainFeatures(validationFeatures));
        lines.add("retrieval, all held-out people:        " + retrieval(encoder, validation, valEmbeddings));
        for (String group : List.of("PETA", "Market")) {
            List<Integer> idx = indexes(validation, c -> c.source().startsWith(group));
            if (!idx.isEmpty()) {
                lines.add(String.format(Locale.ROOT, "retrieval, held-out %-6s people only:  %s", group,
                        retrieval(encoder, select(validation, idx), select(valEmbeddings, idx))));
            }
        }
        Map<String, ZeroShotPrompts.Pair> prompts = ZeroShotPrompts.all();
        List<String> tokens = ZeroShotAttributes.tokensOf(prompts);
        ZeroShotAttributes zeroShot = new ZeroShotAttributes(tokens,
                encoder.texts(prompts.values().stream().map(ZeroShotPrompts.Pair::positive).toList(), TextPrompts.NONE),
                encoder.texts(prompts.values().stream().map(ZeroShotPrompts.Pair::negative).toList(), TextPrompts.NONE));
        float[][] trainPlain = plainFeatures(trainFeatures);
        for (String group : List.of("PETA", "Market")) {
            Predicate<PedestrianCrop> inGroup = c -> c.source().startsWith(group);
            List<Integer> val = indexes(validation, inGroup);
            List<Integer> tuning = sample(indexes(train, inGroup), TUNING_CROPS);
            if (val.isEmpty() || tuning.isEmpty()) {
                continue;
            }
            List<String> evaluated = group.equals("Market")
                    ? tokens.stream().filter(MarketTokens.COVERED::contains).toList() : tokens;
            double[][] valScores = zeroShot.scores(select(valEmbeddings, val));
            List<Set<String>> valTruth = select(validation, val).stream().map(PedestrianCrop::tokens).toList();
            double[] offsets = zeroShot.tuneOffsets(zeroShot.scores(encoder.images(select(trainPlain, tuning))),
                    select(train, tuning).stream().map(PedestrianCrop::tokens).toList());
            EvaluationReport plain = zeroShot.evaluate(valScores, valTruth, null, evaluated);
            EvaluationReport tuned = zeroShot.evaluate(valScores, valTruth, offsets, evaluated);
            lines.add(String.format(Locale.ROOT, "zero-shot attributes, held-out %s (%d crops, %d attributes with a sentence pair): "
                    + "mA %.3f without offsets, %.3f with offsets tuned on %d training crops", group, val.size(),
                    evaluated.size(), plain.meanAccuracy(), tuned.meanAccuracy(), tuning.size()));
            lines.add("  per attribute (tuned): " + perAttribute(tuned));
        }
        return lines;
    }

    private static String perAttribute(EvaluationReport report) {
        StringBuilder out = new StringBuilder();
        report.attributes().stream().filter(r -> r.defined()).forEach(r ->
                out.append(String.format(Locale.ROOT, "%s %.2f, ", r.token(), r.meanAccuracy())));
        return out.toString();
    }

    static List<Integer> indexes(List<PedestrianCrop> crops, Predicate<PedestrianCrop> keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            if (keep.test(crops.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> sample(List<Integer> all, int count) {
        if (all.size() <= count) {
            return all;
        }
        List<Integer> copy = new ArrayList<>(all);
        java.util.Collections.shuffle(copy, new Random(QUERY_SEED));
        return copy.subList(0, count);
    }

    static <T> List<T> select(List<T> items, List<Integer> idx) {
        return idx.stream().map(items::get).toList();
    }

    static float[][] select(float[][] items, List<Integer> idx) {
        return idx.stream().map(i -> items[i]).toArray(float[][]::new);
    }
}
