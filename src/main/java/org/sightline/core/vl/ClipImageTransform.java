package org.sightline.core.vl;

import org.sightline.core.inference.RgbImage;

/**
 * CLIP's image preprocessing ({@code _transform} in openai/CLIP): bicubic resize of the shorter
 * side to {@code size} (PIL's resampling, antialiased when shrinking, 8-bit between passes),
 * centre crop to size x size, then per-channel (value / 255 - mean) / std, as planar RGB floats.
 */
public final class ClipImageTransform {

    public static final float[] MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    public static final float[] STD = {0.26862954f, 0.26130258f, 0.27577711f};

    private final int size;

    public ClipImageTransform(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("Image size must be positive, got " + size);
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Writes 3 x size x size floats for {@code image} into {@code target} at {@code offset}. */
    public void apply(RgbImage image, float[] target, int offset) {
        byte[] pixels = squared(image).pixels();
        int plane = size * size;
        for (int i = 0; i < plane; i++) {
            for (int c = 0; c < 3; c++) {
                float value = (pixels[i * 3 + c] & 0xFF) / 255f;
                target[offset + c * plane + i] = (value - MEAN[c]) / STD[c];
            }
        }
    }

    /**
     * The resized and centre-cropped size x size image, 8-bit (what {@link #apply} normalises; applying
     * to it again gives the same floats). A quarter of the floats' memory, for caching crops.
     */
    public RgbImage squared(RgbImage image) {
        int width = image.width();
        int height = image.height();
        boolean portrait = width <= height;
        int shorter = portrait ? width : height;
        int longer = portrait ? height : width;
        int newLonger = (int) ((double) size * longer / shorter);
        int newWidth = portrait ? size : newLonger;
        int newHeight = portrait ? newLonger : size;
        RgbImage resized = BicubicResampler.resize(image, newWidth, newHeight);
        if (newWidth == size && newHeight == size) {
            return resized;
        }
        int left = (int) Math.rint((newWidth - size) / 2.0);
        int top = (int) Math.rint((newHeight - size) / 2.0);
        byte[] pixels = resized.pixels();
        byte[] out = new byte[size * size * 3];
        for (int y = 0; y < size; y++) {
            System.arraycopy(pixels, ((top + y) * newWidth + left) * 3, out, y * size * 3, size * 3);
        }
        return new RgbImage(size, size, out);
    }
}
