package org.sightline.core.identities;

/**
 * Cosine distances 1 - cos of unit vectors, bit for bit as {@code 1.0 - Vectors.dot(a, b)} gives them
 * (products summed in order in double, rounded to float), four pairs at a time so the four
 * independent sums overlap in the processor instead of each waiting on its own additions.
 */
final class CosineDistances {

    private CosineDistances() {
    }

    /** {@code out[k - from] = 1 - a . vectors[k]} for {@code from <= k < to}. */
    static void row(float[] a, float[][] vectors, int from, int to, double[] out) {
        int k = from;
        for (; k + 4 <= to; k += 4) {
            float[] b0 = vectors[k];
            float[] b1 = vectors[k + 1];
            float[] b2 = vectors[k + 2];
            float[] b3 = vectors[k + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < a.length; i++) {
                double x = a[i];
                s0 += x * b0[i];
                s1 += x * b1[i];
                s2 += x * b2[i];
                s3 += x * b3[i];
            }
            out[k - from] = 1.0 - (float) s0;
            out[k + 1 - from] = 1.0 - (float) s1;
            out[k + 2 - from] = 1.0 - (float) s2;
            out[k + 3 - from] = 1.0 - (float) s3;
        }
        for (; k < to; k++) {
            out[k - from] = 1.0 - single(a, vectors[k]);
        }
    }

    static float single(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return (float) sum;
    }
}
