package org.sightline.core.inference;

import java.util.Objects;

/**
 * An engine-neutral 8-bit image: interleaved R, G, B bytes, row-major, no padding.
 * Engines convert it to their own tensors; the core never sees OpenCV or DJL types.
 */
public record RgbImage(int width, int height, byte[] pixels) {

    public RgbImage {
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0 || pixels.length != width * height * 3) {
            throw new IllegalArgumentException(
                    "RGB image of " + width + "x" + height + " needs " + (3L * width * height)
                            + " bytes, got " + pixels.length);
        }
    }
}
