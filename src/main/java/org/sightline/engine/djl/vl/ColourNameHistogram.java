package org.sightline.engine.djl.vl;

import org.sightline.core.vl.search.ColourName;
import java.util.Random;
import org.sightline.core.inference.RgbImage;

/**
 * Colour-name histograms of a person crop in four horizontal bands (head, upper body, lower body,
 * feet) over the central 60% of its width, where the person usually is: each pixel is named one of
 * 11 colours in HSV, each band's counts are normalised to sum 1 and square-rooted (Hellinger), so a
 * few pixels of a vivid colour still show. A seeded gain/brightness jitter imitates camera colour shifts.
 */
final class ColourNameHistogram {

    static final int COLOURS = ColourName.COUNT; // black white grey red orange yellow green blue purple pink brown
    static final double[] BAND_EDGES = {0.0, 0.16, 0.5, 0.84, 1.0};
    static final int DIMENSION = COLOURS * (BAND_EDGES.length - 1);
    private static final int SAMPLE_W = 32;
    private static final int SAMPLE_H = 64;

    private ColourNameHistogram() {
    }

    static float[] of(RgbImage crop) {
        return of(crop, 1, 1, 1);
    }

    /** The histogram after random per-channel gains (0.85-1.15) and brightness (0.75-1.25). */
    static float[] jittered(RgbImage crop, Random random) {
        double brightness = 0.75 + 0.5 * random.nextDouble();
        return of(crop, brightness * (0.85 + 0.3 * random.nextDouble()), brightness * (0.85 + 0.3 * random.nextDouble()),
                brightness * (0.85 + 0.3 * random.nextDouble()));
    }

    private static float[] of(RgbImage crop, double gainR, double gainG, double gainB) {
        float[] histogram = new float[DIMENSION];
        byte[] px = crop.pixels();
        int bands = BAND_EDGES.length - 1;
        for (int band = 0; band < bands; band++) {
            int y0 = (int) (BAND_EDGES[band] * SAMPLE_H);
            int y1 = (int) (BAND_EDGES[band + 1] * SAMPLE_H);
            int count = 0;
            for (int sy = y0; sy < y1; sy++) {
                int y = Math.min(crop.height() - 1, (int) ((sy + 0.5) * crop.height() / SAMPLE_H));
                for (int sx = (int) (0.2 * SAMPLE_W); sx < (int) (0.8 * SAMPLE_W); sx++) {
                    int x = Math.min(crop.width() - 1, (int) ((sx + 0.5) * crop.width() / SAMPLE_W));
                    int i = 3 * (y * crop.width() + x);
                    double r = Math.min(1, (px[i] & 0xff) * gainR / 255);
                    double g = Math.min(1, (px[i + 1] & 0xff) * gainG / 255);
                    double b = Math.min(1, (px[i + 2] & 0xff) * gainB / 255);
                    histogram[band * COLOURS + colourName(r, g, b)]++;
                    count++;
                }
            }
            for (int c = 0; c < COLOURS; c++) {
                histogram[band * COLOURS + c] = count == 0 ? 0 : (float) Math.sqrt(histogram[band * COLOURS + c] / count);
            }
        }
        return histogram;
    }

    /** Index of the colour name of an RGB value in [0, 1]; the same naming description search re-ranks with. */
    static int colourName(double r, double g, double b) {
        return ColourName.of(r, g, b);
    }
}
