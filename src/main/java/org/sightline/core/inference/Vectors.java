package org.sightline.core.inference;

/** Small vector helpers for embeddings. */
public final class Vectors {

    private Vectors() {
    }

    /** {@code v} scaled in place to unit length (left as is if it is all zeros); returns {@code v}. */
    public static float[] normalizeInPlace(float[] v) {
        double sum = 0;
        for (float value : v) {
            sum += (double) value * value;
        }
        if (sum > 0) {
            float inverse = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inverse;
            }
        }
        return v;
    }

    /** Dot product; for unit vectors this is their cosine similarity. */
    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Vectors differ in length: " + a.length + " vs " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return (float) sum;
    }
}
