package org.sightline.core.vl;

import org.sightline.core.inference.RgbImage;

/**
 * PIL's {@code Image.resize(..., BICUBIC)} for RGB images, bit for bit: separable passes
 * (horizontal, then vertical) with the a = -0.5 cubic kernel widened by the scale when shrinking,
 * 22-bit fixed-point coefficients and rounding to 8 bits after each pass.
 */
final class BicubicResampler {

    private static final int PRECISION_BITS = 32 - 8 - 2;

    private BicubicResampler() {
    }

    static RgbImage resize(RgbImage image, int width, int height) {
        RgbImage out = image;
        if (width != image.width()) {
            out = pass(out, width, true);
        }
        if (height != image.height()) {
            out = pass(out, height, false);
        }
        return out;
    }

    private static RgbImage pass(RgbImage in, int outSize, boolean horizontal) {
        int inSize = horizontal ? in.width() : in.height();
        Coefficients k = Coefficients.of(inSize, outSize);
        int width = horizontal ? outSize : in.width();
        int height = horizontal ? in.height() : outSize;
        byte[] src = in.pixels();
        byte[] dst = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int o = horizontal ? x : y;
                int start = k.start[o];
                for (int c = 0; c < 3; c++) {
                    int sum = 1 << (PRECISION_BITS - 1);
                    for (int i = 0; i < k.count[o]; i++) {
                        int sx = horizontal ? start + i : x;
                        int sy = horizontal ? y : start + i;
                        sum += (src[(sy * in.width() + sx) * 3 + c] & 0xFF) * k.weights[o][i];
                    }
                    dst[(y * width + x) * 3 + c] = (byte) Math.clamp(sum >> PRECISION_BITS, 0, 255);
                }
            }
        }
        return new RgbImage(width, height, dst);
    }

    private record Coefficients(int[] start, int[] count, int[][] weights) {

        static Coefficients of(int inSize, int outSize) {
            double scale = (double) inSize / outSize;
            double filterScale = Math.max(scale, 1.0);
            double support = 2.0 * filterScale;
            int[] start = new int[outSize];
            int[] count = new int[outSize];
            int[][] weights = new int[outSize][];
            for (int o = 0; o < outSize; o++) {
                double center = (o + 0.5) * scale;
                int min = Math.max((int) (center - support + 0.5), 0);
                int n = Math.min((int) (center + support + 0.5), inSize) - min;
                double[] w = new double[n];
                double total = 0;
                double inverse = 1.0 / filterScale;
                for (int i = 0; i < n; i++) {
                    w[i] = cubic((i + min - center + 0.5) * inverse);
                    total += w[i];
                }
                weights[o] = new int[n];
                for (int i = 0; i < n; i++) {
                    double normalised = total != 0 ? w[i] / total : w[i];
                    double fixed = normalised * (1 << PRECISION_BITS);
                    weights[o][i] = (int) (normalised < 0 ? -0.5 + fixed : 0.5 + fixed);
                }
                start[o] = min;
                count[o] = n;
            }
            return new Coefficients(start, count, weights);
        }

        private static double cubic(double value) {
            double x = Math.abs(value);
            double a = -0.5;
            if (x < 1.0) {
                return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
            }
            if (x < 2.0) {
                return (((x - 5) * x + 8) * x - 4) * a;
            }
            return 0.0;
        }
    }
}
