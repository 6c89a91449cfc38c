package org.sightline.core.vl.search;

import java.nio.charset.StandardCharsets;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.inference.RgbImage;
import java.util.HexFormat;
import org.sightline.core.models.Sha256;

/**
 * A crop's colour evidence: for the upper-body band (16-50% of its height) and the lower-body band
 * (50-84%), over the central 60% of its width where the person usually is, the fraction of pixels
 * named each of {@link ColourName}'s 11 colours. Stored in the case as vectors of {@link #MODEL}, so
 * colour words in a description can re-rank results without reading pixels again.
 */
public final class ColourBands {
    public static final int BANDS = 2;
    public static final int DIMENSION = BANDS * ColourName.COUNT;
    /** The algorithm's identity; change the version when the algorithm changes, so old vectors are recomputed. */
    public static final EmbeddingModel MODEL = new EmbeddingModel("sightline-colour-bands-v1",
            HexFormat.of().formatHex(Sha256.newDigest().digest(("sightline colour bands v1: upper 0.16-0.5, lower 0.5-0.84, "
                    + "central 60%, 32x64 samples, 11 HSV colour names").getBytes(StandardCharsets.UTF_8))), DIMENSION);
    private static final double[][] BAND_EDGES = {{0.16, 0.5}, {0.5, 0.84}};
    private static final int SAMPLE_W = 32;
    private static final int SAMPLE_H = 64;

    private ColourBands() {
    }

    /** Fractions per colour, upper band first; each band sums to 1. */
    public static float[] of(RgbImage crop) {
        float[] fractions = new float[DIMENSION];
        byte[] px = crop.pixels();
        for (int band = 0; band < BANDS; band++) {
            int y0 = (int) (BAND_EDGES[band][0] * SAMPLE_H);
            int y1 = (int) (BAND_EDGES[band][1] * SAMPLE_H);
            int count = 0;
            for (int sy = y0; sy < y1; sy++) {
                int y = Math.min(crop.height() - 1, (int) ((sy + 0.5) * crop.height() / SAMPLE_H));
                for (int sx = (int) (0.2 * SAMPLE_W); sx < (int) (0.8 * SAMPLE_W); sx++) {
                    int x = Math.min(crop.width() - 1, (int) ((sx + 0.5) * crop.width() / SAMPLE_W));
                    int i = 3 * (y * crop.width() + x);
                    int colour = ColourName.of((px[i] & 0xff) / 255.0, (px[i + 1] & 0xff) / 255.0, (px[i + 2] & 0xff) / 255.0);
                    fractions[band * ColourName.COUNT + colour]++;
                    count++;
                }
            }
            for (int c = 0; c < ColourName.COUNT; c++) {
                fractions[band * ColourName.COUNT + c] /= Math.max(1, count);
            }
        }
        return fractions;
    }

    /** The fraction of {@code band} (0 upper, 1 lower) named {@code colour}. */
    public static float fraction(float[] bands, int band, int colour) {
        return bands[band * ColourName.COUNT + colour];
    }
}
