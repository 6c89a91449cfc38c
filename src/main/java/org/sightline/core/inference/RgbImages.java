package org.sightline.core.inference;

/** Pure-Java crop, resize and letterbox of {@link RgbImage}s, used to prepare model inputs. */
public final class RgbImages {

    private RgbImages() {
    }

    /**
     * The part of {@code image} inside {@code box}, clipped to the image (at least 1x1 pixel).
     *
     * @throws IllegalArgumentException if the box lies wholly outside the image
     */
    public static RgbImage crop(RgbImage image, BoundingBox box) {
        int left = (int) Math.floor(Math.max(0, box.x()));
        int top = (int) Math.floor(Math.max(0, box.y()));
        int right = (int) Math.ceil(Math.min(image.width(), box.x() + box.width()));
        int bottom = (int) Math.ceil(Math.min(image.height(), box.y() + box.height()));
        if (left >= image.width() || top >= image.height() || right <= 0 || bottom <= 0) {
            throw new IllegalArgumentException(
                    "Crop " + box + " lies outside the " + image.width() + "x" + image.height() + " image");
        }
        int width = Math.max(1, right - left);
        int height = Math.max(1, bottom - top);
        byte[] out = new byte[width * height * 3];
        for (int row = 0; row < height; row++) {
            System.arraycopy(image.pixels(), ((top + row) * image.width() + left) * 3,
                    out, row * width * 3, width * 3);
        }
        return new RgbImage(width, height, out);
    }

    /**
     * {@code image} resized to {@code width} x {@code height}: averaging the covered source
     * pixels where it shrinks (avoids aliasing), bilinear where it grows.
     */
    public static RgbImage resize(RgbImage image, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Resize target must be positive, got " + width + "x" + height);
        }
        if (width == image.width() && height == image.height()) {
            return image;
        }
        byte[] out = new byte[width * height * 3];
        boolean shrink = width < image.width() && height < image.height();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int offset = (y * width + x) * 3;
                if (shrink) {
                    averageInto(image, x, y, width, height, out, offset);
                } else {
                    bilinearInto(image, x, y, width, height, out, offset);
                }
            }
        }
        return new RgbImage(width, height, out);
    }

    /** {@code image} scaled by {@code box} and placed on a black square, as the letterbox says. */
    public static RgbImage letterbox(RgbImage image, Letterbox box) {
        if (image.width() != box.sourceWidth() || image.height() != box.sourceHeight()) {
            throw new IllegalArgumentException("Letterbox made for " + box.sourceWidth() + "x"
                    + box.sourceHeight() + " applied to a " + image.width() + "x" + image.height() + " image");
        }
        RgbImage scaled = resize(image, box.scaledWidth(), box.scaledHeight());
        byte[] out = new byte[box.size() * box.size() * 3];
        for (int row = 0; row < scaled.height(); row++) {
            System.arraycopy(scaled.pixels(), row * scaled.width() * 3,
                    out, ((row + box.padY()) * box.size() + box.padX()) * 3, scaled.width() * 3);
        }
        return new RgbImage(box.size(), box.size(), out);
    }

    private static void averageInto(RgbImage src, int x, int y, int width, int height, byte[] out, int offset) {
        int x0 = (int) ((long) x * src.width() / width);
        int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * src.width() / width));
        int y0 = (int) ((long) y * src.height() / height);
        int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * src.height() / height));
        long r = 0;
        long g = 0;
        long b = 0;
        byte[] pixels = src.pixels();
        for (int sy = y0; sy < y1; sy++) {
            int index = (sy * src.width() + x0) * 3;
            for (int sx = x0; sx < x1; sx++, index += 3) {
                r += pixels[index] & 0xFF;
                g += pixels[index + 1] & 0xFF;
                b += pixels[index + 2] & 0xFF;
            }
        }
        long count = (long) (x1 - x0) * (y1 - y0);
        out[offset] = (byte) ((r + count / 2) / count);
        out[offset + 1] = (byte) ((g + count / 2) / count);
        out[offset + 2] = (byte) ((b + count / 2) / count);
    }

    private static void bilinearInto(RgbImage src, int x, int y, int width, int height, byte[] out, int offset) {
        double sx = Math.clamp((x + 0.5) * src.width() / width - 0.5, 0, src.width() - 1);
        double sy = Math.clamp((y + 0.5) * src.height() / height - 0.5, 0, src.height() - 1);
        int x0 = (int) sx;
        int y0 = (int) sy;
        int x1 = Math.min(x0 + 1, src.width() - 1);
        int y1 = Math.min(y0 + 1, src.height() - 1);
        double fx = sx - x0;
        double fy = sy - y0;
        byte[] p = src.pixels();
        for (int c = 0; c < 3; c++) {
            double top = (p[(y0 * src.width() + x0) * 3 + c] & 0xFF) * (1 - fx)
                    + (p[(y0 * src.width() + x1) * 3 + c] & 0xFF) * fx;
            double bottom = (p[(y1 * src.width() + x0) * 3 + c] & 0xFF) * (1 - fx)
                    + (p[(y1 * src.width() + x1) * 3 + c] & 0xFF) * fx;
            out[offset + c] = (byte) Math.round(top * (1 - fy) + bottom * fy);
        }
    }
}
