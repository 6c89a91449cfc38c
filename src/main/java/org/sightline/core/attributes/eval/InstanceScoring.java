package org.sightline.core.attributes.eval;

import java.util.List;
import java.util.Set;

/** Computes {@link InstanceMetrics}; see there for the definitions and the empty-set rule. */
final class InstanceScoring {

    private InstanceScoring() {
    }

    static InstanceMetrics score(List<String> tokens, List<Set<String>> truth, List<Set<String>> predicted) {
        int n = truth.size();
        if (n == 0) {
            return new InstanceMetrics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double acc = 0, prec = 0, rec = 0, f1 = 0;
        for (int i = 0; i < n; i++) {
            int g = 0, p = 0, both = 0;
            for (String token : tokens) {
                boolean inG = truth.get(i).contains(token);
                boolean inP = predicted.get(i).contains(token);
                g += inG ? 1 : 0;
                p += inP ? 1 : 0;
                both += inG && inP ? 1 : 0;
            }
            int union = g + p - both;
            double pi = ratio(both, p);
            double ri = ratio(both, g);
            acc += ratio(both, union);
            prec += pi;
            rec += ri;
            f1 += pi + ri == 0 ? 0 : 2 * pi * ri / (pi + ri);
        }
        double meanPrec = prec / n;
        double meanRec = rec / n;
        double harmonic = meanPrec + meanRec == 0 ? 0 : 2 * meanPrec * meanRec / (meanPrec + meanRec);
        return new InstanceMetrics(acc / n, meanPrec, meanRec, harmonic, f1 / n);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
