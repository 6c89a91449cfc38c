package org.sightline.core.vl.eval;

import java.util.Arrays;

/** The decision threshold that maximises balanced accuracy ((TPR + TNR) / 2) on labelled scores. */
final class OffsetSearch {

    private OffsetSearch() {
    }

    /** 0 when the labels have no positives or no negatives (nothing to tune on). */
    static double best(double[] scores, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return 0;
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        // threshold below everything: all predicted positive -> TPR 1, TNR 0
        int negativesBelow = 0;
        int positivesBelow = 0;
        double bestValue = 0.5;
        double bestThreshold = scores[order[0]] - 1e-6;
        for (int k = 0; k < order.length; k++) {
            if (positive[order[k]]) {
                positivesBelow++;
            } else {
                negativesBelow++;
            }
            boolean tie = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
            if (tie) {
                continue;
            }
            double balanced = ((positives - positivesBelow) / (double) positives + negativesBelow / (double) negatives) / 2;
            if (balanced > bestValue) {
                bestValue = balanced;
                bestThreshold = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }
        return bestThreshold;
    }
}
