package org.sightline.core.vl.attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.eval.CropSplit;
import org.sightline.core.vl.eval.PedestrianCrop;

/**
 * Fits {@link AttributeHeads} on labelled crops: per attribute a one-feature logistic regression
 * (Newton's method, a little L2 on the slope), positives weighted to balance negatives so rare
 * attributes are not all predicted "no". Only PETA crops of subsets the model trained on are
 * accepted: crops of {@link CropSplit#HELD_OUT_PETA_SUBSETS} are refused, so the held-out
 * evaluation stays unseen by the calibration too.
 */
public final class HeadFitting {
    private static final int ITERATIONS = 50;
    private static final double L2 = 1e-3;

    private HeadFitting() {
    }

    /** The crops calibration may use: PETA crops outside the held-out subsets. */
    public static List<PedestrianCrop> trainingCrops(List<PedestrianCrop> crops) {
        return crops.stream().filter(c -> c.source().startsWith("PETA/"))
                .filter(c -> !CropSplit.HELD_OUT_PETA_SUBSETS.contains(c.source())).toList();
    }

    /**
     * @param features {@code features[crop][attribute]} of {@code crops} in {@link SentenceFeatures#tokens()} order
     * @throws IllegalArgumentException when a crop comes from a held-out subset or is not PETA
     */
    public static AttributeHeads fit(ModelIdentity model, List<String> tokens, double[][] features, List<PedestrianCrop> crops) {
        if (features.length != crops.size()) {
            throw new IllegalArgumentException(features.length + " feature rows for " + crops.size() + " crops");
        }
        Set<String> subsets = new TreeSet<>();
        for (PedestrianCrop crop : crops) {
            if (!crop.source().startsWith("PETA/") || CropSplit.HELD_OUT_PETA_SUBSETS.contains(crop.source())) {
                throw new IllegalArgumentException("Calibration may use only PETA subsets the model trained on; "
                        + crop.image() + " is from " + crop.source() + " (held out: " + CropSplit.HELD_OUT_PETA_SUBSETS + ")");
            }
            subsets.add(crop.source());
        }
        Map<String, AttributeHeads.Head> heads = new LinkedHashMap<>();
        for (int a = 0; a < tokens.size(); a++) {
            double[] x = new double[crops.size()];
            boolean[] y = new boolean[crops.size()];
            int positives = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = features[i][a];
                y[i] = crops.get(i).tokens().contains(tokens.get(a));
                positives += y[i] ? 1 : 0;
            }
            if (positives > 0 && positives < x.length) {
                heads.put(tokens.get(a), logistic(x, y, positives));
            }
        }
        return new AttributeHeads(model.modelId(), model.sha256(), new ArrayList<>(subsets), crops.size(), heads);
    }

    /** Weighted 1-D logistic regression; features are standardised for stable steps, then folded back. */
    static AttributeHeads.Head logistic(double[] x, boolean[] y, int positives) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / n;
        }
        double sd = Math.sqrt(Math.max(var, 1e-12));
        double wPos = n / (2.0 * positives);
        double wNeg = n / (2.0 * (n - positives));
        double slope = 0;
        double offset = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = L2 * n;
            g1 += L2 * n * slope;
            for (int i = 0; i < n; i++) {
                double z = (x[i] - mean) / sd;
                double p = 1 / (1 + Math.exp(-(slope * z + offset)));
                double w = y[i] ? wPos : wNeg;
                double r = w * (p - (y[i] ? 1 : 0));
                double s = w * p * (1 - p);
                g0 += r;
                g1 += r * z;
                h00 += s;
                h01 += s * z;
                h11 += s * z * z;
            }
            double det = h00 * h11 - h01 * h01;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double dOffset = (h11 * g0 - h01 * g1) / det;
            double dSlope = (h00 * g1 - h01 * g0) / det;
            offset -= dOffset;
            slope -= dSlope;
            if (Math.abs(dOffset) + Math.abs(dSlope) < 1e-9) {
                break;
            }
        }
        return new AttributeHeads.Head(slope / sd, offset - slope * mean / sd, positives);
    }
}
