package org.sightline.engine.djl.vl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.engine.opencv.OpenCvImages;

/** Computes (or reads from a cache file) the frozen features of labelled crops. */
final class FeatureExtraction {

    static final int BATCH = 32;

    private FeatureExtraction() {
    }

    /**
     * Features of {@code crops}, read from {@code cacheFile} when it holds exactly these crops, else
     * computed and written there. {@code progress} gets (done, total).
     */
    static CachedFeatures loadOrCompute(List<PedestrianCrop> crops, CropFeatures extractor, int variants, long seed,
                                        Path cacheFile, BiConsumer<Integer, Integer> progress) throws IOException {
        long fingerprint = FeatureCacheFile.fingerprint(crops, variants, seed);
        if (cacheFile != null) {
            Optional<CachedFeatures> cached = FeatureCacheFile.read(cacheFile, fingerprint);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        CachedFeatures features = compute(crops, extractor, variants, seed, progress);
        if (cacheFile != null) {
            FeatureCacheFile.write(cacheFile, fingerprint, features);
        }
        return features;
    }

    static CachedFeatures compute(List<PedestrianCrop> crops, CropFeatures extractor, int variants, long seed,
                                  BiConsumer<Integer, Integer> progress) {
        float[][] reid = new float[crops.size()][];
        float[][][] colour = new float[crops.size()][][];
        for (int start = 0; start < crops.size(); start += BATCH) {
            int end = Math.min(crops.size(), start + BATCH);
            List<RgbImage> images = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                images.add(OpenCvImages.read(crops.get(i).image()));
            }
            float[][] batch = extractor.reid(images);
            for (int i = start; i < end; i++) {
                reid[i] = batch[i - start];
                colour[i] = colourVariants(images.get(i - start), variants, new Random(seed * 1_000_003L + i));
            }
            progress.accept(end, crops.size());
        }
        return new CachedFeatures(reid, colour);
    }

    private static float[][] colourVariants(RgbImage image, int variants, Random random) {
        float[][] out = new float[variants][];
        out[0] = ColourNameHistogram.of(image);
        for (int v = 1; v < variants; v++) {
            out[v] = ColourNameHistogram.jittered(image, random);
        }
        return out;
    }
}
