package org.sightline.engine.djl.vl;

import java.util.Random;

/**
 * Frozen features of a list of crops, computed once: the re-ID part per crop and {@code variants}
 * colour histograms per crop (variant 0 as seen, the others colour-jittered for training).
 */
record CachedFeatures(float[][] reid, float[][][] colour) {

    int size() {
        return reid.length;
    }

    int variants() {
        return colour.length == 0 ? 0 : colour[0].length;
    }

    /** The feature of crop {@code i} with colour variant 0 (no jitter). */
    float[] plain(int i) {
        return CropFeatures.concat(reid[i], colour[i][0]);
    }

    /** The feature of crop {@code i} with a random colour variant (augmentation). */
    float[] augmented(int i, Random random) {
        return CropFeatures.concat(reid[i], colour[i][random.nextInt(variants())]);
    }
}
