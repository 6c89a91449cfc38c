package org.sightline.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RgbImagesTest {

    /** A width x height image whose pixel (x, y) is (x, y, 7). */
    private static RgbImage ramp(int width, int height) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                pixels[i] = (byte) x;
                pixels[i + 1] = (byte) y;
                pixels[i + 2] = 7;
            }
        }
        return new RgbImage(width, height, pixels);
    }

    private static int[] pixel(RgbImage image, int x, int y) {
        int i = (y * image.width() + x) * 3;
        return new int[] {image.pixels()[i] & 0xFF, image.pixels()[i + 1] & 0xFF, image.pixels()[i + 2] & 0xFF};
    }

    @Test
    void cropCopiesTheBoxAndClipsItToTheImage() {
        RgbImage crop = RgbImages.crop(ramp(10, 8), new BoundingBox(6, -2, 10, 5));
        assertEquals(4, crop.width());
        assertEquals(3, crop.height());
        assertArrayEquals(new int[] {6, 0, 7}, pixel(crop, 0, 0));
        assertArrayEquals(new int[] {9, 2, 7}, pixel(crop, 3, 2));
    }

    @Test
    void cropOutsideTheImageFailsWithTheBoxAndSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RgbImages.crop(ramp(10, 8), new BoundingBox(20, 0, 5, 5)));
        assertEquals(true, e.getMessage().contains("10x8"));
    }

    @Test
    void shrinkingAveragesTheCoveredPixels() {
        RgbImage small = RgbImages.resize(ramp(4, 4), 2, 2);
        // Top-left output covers x 0..1, y 0..1: mean x 0.5 rounds to 1 (half up), mean y 0.5 to 1.
        assertArrayEquals(new int[] {1, 1, 7}, pixel(small, 0, 0));
        assertArrayEquals(new int[] {3, 3, 7}, pixel(small, 1, 1));
    }

    @Test
    void growingInterpolatesBilinearly() {
        RgbImage big = RgbImages.resize(ramp(2, 1), 4, 2);
        assertArrayEquals(new int[] {0, 0, 7}, pixel(big, 0, 0));
        assertArrayEquals(new int[] {0, 0, 7}, pixel(big, 1, 1), "0.25 of the way from 0 to 1 rounds to 0");
        assertArrayEquals(new int[] {1, 0, 7}, pixel(big, 2, 0));
        assertArrayEquals(new int[] {1, 0, 7}, pixel(big, 3, 1));
    }

    @Test
    void sameSizeReturnsTheImageItself() {
        RgbImage image = ramp(3, 3);
        assertSame(image, RgbImages.resize(image, 3, 3));
    }

    @Test
    void letterboxCentresTheScaledImageOnBlack() {
        RgbImage wide = ramp(8, 4);
        RgbImage boxed = RgbImages.letterbox(wide, Letterbox.fit(8, 4, 4));
        assertEquals(4, boxed.width());
        assertArrayEquals(new int[] {0, 0, 0}, pixel(boxed, 0, 0), "padding row");
        assertArrayEquals(new int[] {1, 1, 7}, pixel(boxed, 0, 1), "first scaled row");
        assertArrayEquals(new int[] {0, 0, 0}, pixel(boxed, 3, 3), "padding row");
    }

    @Test
    void letterboxRejectsAnImageOfAnotherSize() {
        assertThrows(IllegalArgumentException.class,
                () -> RgbImages.letterbox(ramp(8, 4), Letterbox.fit(4, 4, 4)));
    }
}
