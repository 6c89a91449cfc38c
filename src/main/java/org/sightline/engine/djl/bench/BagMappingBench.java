package org.sightline.engine.djl.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Optional;
import java.util.Set;
import org.sightline.core.attributes.AttributeMapping;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.MappingRule;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.djl.CrossroadAttributePredictor;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * Which PETA token Crossroad-0230's {@code has_bag} output fits best: scores it, in one pass over a
 * labels CSV, against carryingMessengerBag, carryingOther, carryingPlasticBags, carryingLuggageCase
 * and {@value #ANY_BAG} (any of those four), and prints TPR/TNR/mA of each (for BENCHMARKS.md).
 * Usage: {@code BagMappingBench <modelMirror> <labels.csv> [sample=0 (all)] [seed=1]}; the model file is
 * verified by the model store (models folder first, then the mirror). Not a test.
 */
public final class BagMappingBench {
    static final String ANY_BAG = "carryingAnyNonBackpackBag";
    private static final List<String> BAG_TOKENS =
            List.of("carryingMessengerBag", "carryingOther", "carryingPlasticBags", "carryingLuggageCase");
    private static final int BATCH = 16;

    private BagMappingBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: BagMappingBench <modelMirror> <labels.csv> [sample=0] [seed=1]");
            System.exit(2);
        }
        Path model = ModelStore.forApp(AppPaths.fromEnvironment(), ModelCatalog.fromClasspath(), Optional.of(args[0]))
                .resolve("person-attributes-crossroad-0230").onlyFile();
        LabelSet labels = LabelsCsv.read(Path.of(args[1]), LabelReadOptions.lenient());
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(i);
        }
        if (sample > 0 && sample < rows.size()) {
            Collections.shuffle(rows, new Random(seed));
            rows = new ArrayList<>(rows.subList(0, sample));
            Collections.sort(rows);
        }
        List<MappingRule> rules = new ArrayList<>();
        List<String> tokens = new ArrayList<>(BAG_TOKENS);
        tokens.add(ANY_BAG);
        tokens.forEach(token -> rules.add(new MappingRule("has_bag", token, false, "")));
        AttributeMapping bag = new AttributeMapping("bag-candidates", null, CrossroadAttributePredictor.ATTRIBUTES, rules);
        List<Set<String>> truth = new ArrayList<>();
        List<AttributeScores> scores = new ArrayList<>();
        try (CrossroadAttributePredictor predictor = CrossroadAttributePredictor.open(model)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Integer> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                List<org.sightline.core.inference.RgbImage> crops = new ArrayList<>();
                for (int row : chunk) {
                    crops.add(OpenCvImages.read(labels.images().get(row).path()));
                    Set<String> tokensOf = new LinkedHashSet<>(labels.images().get(row).tokens());
                    if (BAG_TOKENS.stream().anyMatch(tokensOf::contains)) {
                        tokensOf.add(ANY_BAG);
                    }
                    truth.add(tokensOf);
                }
                for (float[] output : predictor.predict(crops)) {
                    scores.add(bag.apply(predictor.id(), output));
                }
            }
        }
        System.out.printf("has_bag of Crossroad-0230 against PETA bag tokens, %d of %d crops of %s%s%n", rows.size(),
                labels.size(), args[1], sample > 0 ? " (random sample, seed " + seed + ")" : "");
        System.out.print(new AttributeEvaluator().evaluateScores(tokens, truth, scores).table());
    }
}
