package org.sightline.core.vl.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.inference.Vectors;

/**
 * Zero-shot attribute recognition from sentence pairs: score = cos(image, positive) - cos(image,
 * negative), positive when above the attribute's offset (0 without tuning). Offsets can be tuned on
 * labelled crops to maximise each attribute's balanced accuracy, then applied to other crops.
 */
public final class ZeroShotAttributes {

    private final List<String> tokens;
    private final float[][] positive;
    private final float[][] negative;

    /** {@code positive[i]}, {@code negative[i]}: text embeddings of the pair for {@code tokens.get(i)}. */
    public ZeroShotAttributes(List<String> tokens, float[][] positive, float[][] negative) {
        this.tokens = List.copyOf(tokens);
        this.positive = positive;
        this.negative = negative;
    }

    public List<String> tokens() {
        return tokens;
    }

    /** scores[image][attribute]. */
    public double[][] scores(float[][] images) {
        double[][] scores = new double[images.length][tokens.size()];
        for (int i = 0; i < images.length; i++) {
            for (int a = 0; a < tokens.size(); a++) {
                scores[i][a] = Vectors.dot(images[i], positive[a]) - Vectors.dot(images[i], negative[a]);
            }
        }
        return scores;
    }

    /** Per attribute the threshold on these scores that maximises balanced accuracy against {@code truth}. */
    public double[] tuneOffsets(double[][] scores, List<Set<String>> truth) {
        double[] offsets = new double[tokens.size()];
        for (int a = 0; a < tokens.size(); a++) {
            offsets[a] = OffsetSearch.best(column(scores, a), hasToken(truth, tokens.get(a)));
        }
        return offsets;
    }

    /** mA and the rest over these attributes, with {@code offsets} (null: all 0). */
    public EvaluationReport evaluate(double[][] scores, List<Set<String>> truth, double[] offsets, List<String> onlyTokens) {
        List<Set<String>> predicted = new ArrayList<>(scores.length);
        for (double[] row : scores) {
            Set<String> positives = new HashSet<>();
            for (int a = 0; a < tokens.size(); a++) {
                if (row[a] > (offsets == null ? 0 : offsets[a])) {
                    positives.add(tokens.get(a));
                }
            }
            predicted.add(positives);
        }
        return new AttributeEvaluator().evaluate(onlyTokens, truth, predicted);
    }

    static double[] column(double[][] scores, int a) {
        double[] column = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            column[i] = scores[i][a];
        }
        return column;
    }

    static boolean[] hasToken(List<Set<String>> truth, String token) {
        boolean[] has = new boolean[truth.size()];
        for (int i = 0; i < has.length; i++) {
            has[i] = truth.get(i).contains(token);
        }
        return has;
    }

    /** Pair prompts in a fixed order, for encoding. */
    public static List<String> tokensOf(Map<String, ZeroShotPrompts.Pair> prompts) {
        return List.copyOf(prompts.keySet());
    }
}
