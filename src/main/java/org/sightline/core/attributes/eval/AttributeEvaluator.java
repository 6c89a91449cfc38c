package org.sightline.core.attributes.eval;

import org.sightline.core.attributes.AttributeScores;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Label-based mean accuracy (mA) and instance-based accuracy/precision/recall/F1 of attribute
 * predictions against ground truth, over a given list of tokens. A prediction is positive when its
 * probability is strictly above the threshold (0.5 by default).
 *
 * <p>mA is the mean over attributes of (TPR + TNR) / 2, taken over the attributes that have both
 * positives and negatives in the set. An attribute without positives (or without negatives) has no
 * TPR (or TNR); it is reported but left out of mA, instead of counting its missing rate as 0 as the
 * reference code's epsilon does, which would halve a perfect predictor's score for that attribute.
 */
public final class AttributeEvaluator {
    public static final double DEFAULT_THRESHOLD = 0.5;
    private final double threshold;

    public AttributeEvaluator() {
        this(DEFAULT_THRESHOLD);
    }

    public AttributeEvaluator(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Thresholds each instance's scores, then evaluates; every scores entry must cover every token. */
    public EvaluationReport evaluateScores(List<String> tokens, List<Set<String>> truth, List<AttributeScores> scores) {
        List<Set<String>> predicted = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            AttributeScores s = scores.get(i);
            for (String token : tokens) {
                if (!s.covers(token)) {
                    throw new IllegalArgumentException("instance " + i + ": predictor '" + s.predictorId()
                            + "' gives no score for '" + token + "'; evaluate only the tokens it covers");
                }
            }
            predicted.add(s.positives(threshold));
        }
        return evaluate(tokens, truth, predicted);
    }

    /** Evaluates sets of positive tokens; tokens outside {@code tokens} are ignored on both sides. */
    public EvaluationReport evaluate(List<String> tokens, List<Set<String>> truth, List<Set<String>> predicted) {
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException(
                    truth.size() + " ground-truth instances but " + predicted.size() + " predictions");
        }
        if (Set.copyOf(tokens).size() != tokens.size()) {
            throw new IllegalArgumentException("tokens list an attribute twice: " + tokens);
        }
        List<AttributeResult> perAttribute = new ArrayList<>();
        for (String token : tokens) {
            int tp = 0, fn = 0, tn = 0, fp = 0;
            for (int i = 0; i < truth.size(); i++) {
                boolean g = truth.get(i).contains(token);
                boolean p = predicted.get(i).contains(token);
                if (g) {
                    if (p) tp++; else fn++;
                } else {
                    if (p) fp++; else tn++;
                }
            }
            perAttribute.add(new AttributeResult(token, tp, fn, tn, fp));
        }
        double ma = perAttribute.stream().filter(AttributeResult::defined)
                .mapToDouble(AttributeResult::meanAccuracy).average().orElse(Double.NaN);
        return new EvaluationReport(truth.size(), threshold, perAttribute, ma,
                InstanceScoring.score(tokens, truth, predicted));
    }
}
