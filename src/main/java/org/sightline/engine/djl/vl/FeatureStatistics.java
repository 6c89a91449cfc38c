package org.sightline.engine.djl.vl;

/** Per-dimension mean and standard deviation of the plain (unjittered) frozen features. */
final class FeatureStatistics {

    private static final double MIN_STD = 1e-3;

    private FeatureStatistics() {
    }

    static float[][] meanAndStd(CachedFeatures features) {
        int n = features.size();
        int d = features.plain(0).length;
        double[] sum = new double[d];
        double[] sumSq = new double[d];
        for (int i = 0; i < n; i++) {
            float[] x = features.plain(i);
            for (int k = 0; k < d; k++) {
                sum[k] += x[k];
                sumSq[k] += (double) x[k] * x[k];
            }
        }
        float[] mean = new float[d];
        float[] std = new float[d];
        for (int k = 0; k < d; k++) {
            double m = sum[k] / n;
            mean[k] = (float) m;
            std[k] = (float) Math.max(MIN_STD, Math.sqrt(Math.max(0, sumSq[k] / n - m * m)));
        }
        return new float[][] {mean, std};
    }
}
