package org.sightline.core.identities.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sightline.core.identities.TrackletAppearance;
import org.sightline.core.inference.Vectors;

/**
 * Seeded OSNet-like tracklets for benches: people with several tracklets each, spread over a few
 * videos with random time spans (about 8 people in view at once per video, so some overlap).
 * Each person is a unit vector mixing a shared "looks like a pedestrian" direction with their own;
 * a tracklet is its person's vector plus noise. {@code personCosine}: cosine between different
 * people (OSNet x0.25 scores 0.35-0.61 on PETS); tracklets of one person lie at about 0.83.
 */
public final class SyntheticTracklets {

    private SyntheticTracklets() {
    }

    public static List<TrackletAppearance> generate(int count, int dimension, int videos, double personCosine,
                                                    long seed) {
        Random random = new Random(seed);
        float[] common = randomUnit(random, dimension);
        long videoFrames = Math.max(1000, (long) count * 9 * videos / 4);
        List<TrackletAppearance> tracklets = new ArrayList<>(count);
        float[] person = null;
        int left = 0;
        for (int i = 0; i < count; i++) {
            if (left == 0) {
                person = mix(common, randomUnit(random, dimension), personCosine);
                left = 2 + random.nextInt(9);
            }
            left--;
            float[] embedding = mix(person, randomUnit(random, dimension), 0.83);
            long first = (long) (random.nextDouble() * videoFrames);
            long last = first + 50 + random.nextInt(450);
            tracklets.add(new TrackletAppearance(String.format("track-%07d", i), "video-" + random.nextInt(videos),
                    first, last, 5 + random.nextInt(200), embedding));
        }
        return tracklets;
    }

    /** A unit vector at cosine about {@code cosine} to unit {@code base} (given a near-orthogonal {@code other}). */
    private static float[] mix(float[] base, float[] other, double cosine) {
        double a = Math.sqrt(cosine);
        double b = Math.sqrt(1 - cosine);
        float[] v = new float[base.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (a * base[i] + b * other[i]);
        }
        return Vectors.normalizeInPlace(v);
    }

    private static float[] randomUnit(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalizeInPlace(v);
    }
}
