package org.sightline.core.inference;

/**
 * Geometry of fitting a frame into a square model input without distortion: scale by
 * {@code scale}, then pad by {@code padX} / {@code padY} on the left / top (the rest on the
 * right / bottom).
 */
public record Letterbox(int sourceWidth, int sourceHeight, int size, double scale,
                        int scaledWidth, int scaledHeight, int padX, int padY) {

    /** The centred letterbox of a {@code width} x {@code height} frame in a {@code size} square. */
    public static Letterbox fit(int width, int height, int size) {
        if (width <= 0 || height <= 0 || size <= 0) {
            throw new IllegalArgumentException(
                    "Letterbox needs positive sizes, got " + width + "x" + height + " into " + size);
        }
        double scale = Math.min((double) size / width, (double) size / height);
        int scaledWidth = Math.clamp(Math.round(width * scale), 1, size);
        int scaledHeight = Math.clamp(Math.round(height * scale), 1, size);
        return new Letterbox(width, height, size, scale, scaledWidth, scaledHeight,
                (size - scaledWidth) / 2, (size - scaledHeight) / 2);
    }

    /** Maps corners given in model-input pixels back to a box in source pixels, clipped to the frame. */
    public BoundingBox toSource(double x1, double y1, double x2, double y2) {
        double left = clamp((x1 - padX) / scale, sourceWidth);
        double top = clamp((y1 - padY) / scale, sourceHeight);
        double right = clamp((x2 - padX) / scale, sourceWidth);
        double bottom = clamp((y2 - padY) / scale, sourceHeight);
        return new BoundingBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    private static double clamp(double value, int limit) {
        return Math.clamp(value, 0, limit);
    }
}
