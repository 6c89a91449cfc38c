package org.sightline.engine.djl.vl;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;

/**
 * The frozen part of the image tower: OSNet re-ID features of a crop and of its mirror image,
 * averaged and L2-normalised (512), followed by {@link ColourNameHistogram} (44).
 */
final class CropFeatures {

    private final ReidEmbedder osnet;

    CropFeatures(ReidEmbedder osnet) {
        this.osnet = osnet;
    }

    int dimension() {
        return reidDimension() + ColourNameHistogram.DIMENSION;
    }

    int reidDimension() {
        return osnet.dimension();
    }

    /** Re-ID part only: OSNet of each crop and its mirror, averaged and normalised. */
    float[][] reid(List<RgbImage> crops) {
        List<RgbImage> both = new ArrayList<>(crops.size() * 2);
        for (RgbImage crop : crops) {
            both.add(crop);
            both.add(mirrored(crop));
        }
        float[][] vectors = osnet.embed(both);
        float[][] averaged = new float[crops.size()][];
        for (int i = 0; i < crops.size(); i++) {
            float[] sum = vectors[2 * i].clone();
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors[2 * i + 1][d];
            }
            averaged[i] = Vectors.normalizeInPlace(sum);
        }
        return averaged;
    }

    /** The full frozen feature of each crop (re-ID then colour). */
    float[][] features(List<RgbImage> crops) {
        float[][] reid = reid(crops);
        float[][] out = new float[crops.size()][];
        for (int i = 0; i < crops.size(); i++) {
            out[i] = concat(reid[i], ColourNameHistogram.of(crops.get(i)));
        }
        return out;
    }

    static float[] concat(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static RgbImage mirrored(RgbImage image) {
        int w = image.width();
        byte[] src = image.pixels();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < image.height(); y++) {
            int row = y * w * 3;
            for (int x = 0; x < w; x++) {
                System.arraycopy(src, row + 3 * x, dst, row + 3 * (w - 1 - x), 3);
            }
        }
        return new RgbImage(w, image.height(), dst);
    }
}
