package org.sightline.cli.search.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sightline.cli.search.VlModels;
import org.sightline.core.inference.Vectors;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.attributes.HeadFitting;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.core.vl.search.ColourBands;
import org.sightline.core.vl.search.ColourName;
import org.sightline.core.vl.search.ColourQuery;

/**
 * Colour precision and query latency of description search with the default model.
 * For each colour word and body part: the query "a person in a <colour> top" (or "... <colour>
 * trousers") ranks the crops by cosine similarity alone and with colour re-ranking (similarity +
 * w x colour evidence); precision@10 and @50 against the upperBody/lowerBody colour labels. The
 * weight is chosen on {@code trainSample} crops of the training PETA subsets, then reported on the
 * held-out subsets (PRID, MIT). Latency: tokenize + encode of 200 queries, one at a time.
 * Usage: {@code VlSearchBench <data-dir> [trainSample]}.
 */
public final class VlSearchBench {
    private static final double[] WEIGHTS = {0, 0.1, 0.25, 0.5, 1, 2};
    private static final List<String> LABEL = List.of("Black", "White", "Grey", "Red", "Orange", "Yellow", "Green",
            "Blue", "Purple", "Pink", "Brown");

    private VlSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int trainSample = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<PedestrianCrop> peta = PedestrianCrops.readPeta(data.resolve("peta-dev"));
        List<PedestrianCrop> train = new ArrayList<>(HeadFitting.trainingCrops(peta));
        Collections.shuffle(train, new Random(5));
        train = train.subList(0, Math.min(trainSample, train.size()));
        List<PedestrianCrop> heldOut = HeldOutCaptions.heldOut(data);
        try (VisionLanguageModel model = VlModels.forApp().open(VlModels.DEFAULT)) {
            Set training = encode(model, train);
            double best = 0;
            double bestScore = -1;
            for (double w : WEIGHTS) {
                double[] p = precision(model, training, w, false);
                System.out.printf(Locale.ROOT, "training sample (%d crops), weight %.2f: mean P@10 %.3f, P@50 %.3f%n",
                        train.size(), w, p[0], p[1]);
                if (p[1] > bestScore) {
                    bestScore = p[1];
                    best = w;
                }
            }
            System.out.printf(Locale.ROOT, "chosen weight %.2f; held-out PRID + MIT (%d crops):%n", best, heldOut.size());
            Set held = encode(model, heldOut);
            double[] before = precision(model, held, 0, true);
            double[] after = precision(model, held, best, true);
            System.out.printf(Locale.ROOT, "held-out mean over colours: P@10 %.3f -> %.3f, P@50 %.3f -> %.3f%n",
                    before[0], after[0], before[1], after[1]);
            latency(model);
        }
    }

    private record Set(List<PedestrianCrop> crops, float[][] embeddings, float[][] bands) {
    }

    private static Set encode(VisionLanguageModel model, List<PedestrianCrop> crops) throws Exception {
        float[][] embeddings = FitVlAttributeHeads.encode(model, crops);
        float[][] bands = new float[crops.size()][];
        for (int i = 0; i < crops.size(); i++) {
            bands[i] = ColourBands.of(RgbImageFiles.read(crops.get(i).image()));
        }
        return new Set(crops, embeddings, bands);
    }

    /** Mean P@10 and P@50 over colour x part queries with at least 10 positives; prints each when {@code print}. */
    private static double[] precision(VisionLanguageModel model, Set set, double weight, boolean print) {
        double sum10 = 0;
        double sum50 = 0;
        int n = 0;
        for (int colour = 0; colour < ColourName.COUNT; colour++) {
            for (String part : List.of("upperBody", "lowerBody")) {
                String token = part + LABEL.get(colour);
                long positives = set.crops().stream().filter(c -> c.tokens().contains(token)).count();
                if (positives < 10) {
                    continue;
                }
                String word = ColourName.NAMES.get(colour);
                String text = part.equals("upperBody") ? "a person in a " + word + " top" : "a person in " + word + " trousers";
                float[] q = model.encodeTexts(List.of(text))[0];
                ColourQuery colours = ColourQuery.parse(text);
                Integer[] order = new Integer[set.crops().size()];
                double[] score = new double[order.length];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                    score[i] = Vectors.dot(q, set.embeddings()[i]) + weight * colours.evidence(set.bands()[i]);
                }
                Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
                double p10 = hits(order, set, token, 10) / 10.0;
                double p50 = hits(order, set, token, 50) / 50.0;
                if (print) {
                    System.out.printf(Locale.ROOT, "  %-40s %4d positives (%.1f%%)  w=%.2f  P@10 %.2f  P@50 %.2f%n",
                            "\"" + text + "\"", positives, 100.0 * positives / order.length, weight, p10, p50);
                }
                sum10 += p10;
                sum50 += p50;
                n++;
            }
        }
        return new double[] {sum10 / n, sum50 / n};
    }

    private static int hits(Integer[] order, Set set, String token, int k) {
        int hits = 0;
        for (int r = 0; r < k && r < order.length; r++) {
            hits += set.crops().get(order[r]).tokens().contains(token) ? 1 : 0;
        }
        return hits;
    }

    private static void latency(VisionLanguageModel model) {
        String[] words = {"red", "blue", "black", "white", "green", "grey"};
        String[] garments = {"top", "jacket", "shirt", "coat"};
        double[] ms = new double[200];
        for (int i = 0; i < 20; i++) {
            model.encodeTexts(List.of("warm-up query " + i));
        }
        for (int i = 0; i < ms.length; i++) {
            String text = "a woman in a " + words[i % 6] + " " + garments[i % 4] + " with a backpack and "
                    + words[(i / 6) % 6] + " trousers";
            long t0 = System.nanoTime();
            model.encodeTexts(List.of(text));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "tokenize + encode one query: median %.2f ms, p95 %.2f ms (%d queries, %d processors)%n",
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms.length, Runtime.getRuntime().availableProcessors());
    }
}
