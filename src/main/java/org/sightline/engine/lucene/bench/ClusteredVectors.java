package org.sightline.engine.lucene.bench;

import org.sightline.core.inference.Vectors;

import java.util.SplittableRandom;

/**
 * Seeded synthetic unit vectors that mimic embeddings of person crops: a few hundred cluster
 * centres (people, clothing types); each vector is a centre plus a variation drawn in a shared
 * 32-dimensional latent space (pose, light, crop), plus a little isotropic noise. Neighbours are
 * meaningfully closer than random pairs and the intrinsic dimension is low, as in real embeddings;
 * uniform random 256-d vectors are all nearly orthogonal, which makes any index look worse.
 */
public final class ClusteredVectors {
    private final int dimension;
    private final float[][] centres;
    private final double spread;
    private final float[][] latentBasis;
    private final SplittableRandom random;

    private static final int LATENT = 32;
    private static final double NOISE = 0.2;

    public ClusteredVectors(int dimension, int clusters, double spread, long seed) {
        this.dimension = dimension;
        this.spread = spread;
        this.random = new SplittableRandom(seed);
        this.centres = new float[clusters][];
        for (int c = 0; c < clusters; c++) {
            centres[c] = gaussian(1.0);
        }
        this.latentBasis = new float[LATENT][];
        for (int l = 0; l < LATENT; l++) {
            latentBasis[l] = gaussian(1.0 / Math.sqrt(LATENT));
        }
    }

    /** The settings the tests and the bench use: 256 clusters, latent spread 0.6 around unit-variance centres. */
    public static ClusteredVectors embeddingLike(int dimension, long seed) {
        return new ClusteredVectors(dimension, 256, 0.6, seed);
    }

    public float[] next() {
        float[] centre = centres[random.nextInt(centres.length)];
        float[] v = gaussian(NOISE);
        for (int l = 0; l < LATENT; l++) {
            float z = (float) (nextGaussian() * spread);
            float[] basis = latentBasis[l];
            for (int d = 0; d < dimension; d++) {
                v[d] += z * basis[d];
            }
        }
        for (int d = 0; d < dimension; d++) {
            v[d] += centre[d];
        }
        return Vectors.normalizeInPlace(v);
    }

    public float[][] next(int count) {
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = next();
        }
        return vectors;
    }

    private float[] gaussian(double sigma) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) (nextGaussian() * sigma);
        }
        return v;
    }

    private double nextGaussian() {
        double u = 1.0 - random.nextDouble();
        double w = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }
}
