package org.sightline.engine.djl;

import org.sightline.core.inference.RgbImage;

/** Lays RGB pixels out as the planar (channel, row, column) floats that image models take. */
final class ImageTensors {

    /** How a model wants its channels: order, scale, then (value - mean) / std per channel. */
    record Normalization(boolean bgr, float scale, float[] mean, float[] std) {

        static Normalization of(boolean bgr, float scale, float[] mean, float[] std) {
            if (mean.length != 3 || std.length != 3) {
                throw new IllegalArgumentException("mean and std need 3 values each");
            }
            return new Normalization(bgr, scale, mean.clone(), std.clone());
        }
    }

    private ImageTensors() {
    }

    /** Writes {@code image} into {@code target} at {@code offset} as 3 planes of height x width. */
    static void writeChw(RgbImage image, Normalization norm, float[] target, int offset) {
        int plane = image.width() * image.height();
        if (offset < 0 || offset + 3 * plane > target.length) {
            throw new IllegalArgumentException("Tensor buffer too small for a " + image.width() + "x" + image.height() + " image");
        }
        byte[] pixels = image.pixels();
        for (int channel = 0; channel < 3; channel++) {
            int source = norm.bgr() ? 2 - channel : channel;
            float mean = norm.mean()[channel];
            float inverseStd = 1f / norm.std()[channel];
            int base = offset + channel * plane;
            for (int i = 0; i < plane; i++) {
                target[base + i] = ((pixels[i * 3 + source] & 0xFF) * norm.scale() - mean) * inverseStd;
            }
        }
    }
}
