package org.sightline.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LetterboxTest {

    @Test
    void wideFrameIsScaledToTheWidthAndPaddedAboveAndBelow() {
        Letterbox box = Letterbox.fit(1920, 1080, 416);
        assertEquals(416.0 / 1920, box.scale(), 1e-12);
        assertEquals(416, box.scaledWidth());
        assertEquals(234, box.scaledHeight());
        assertEquals(0, box.padX());
        assertEquals(91, box.padY());
    }

    @Test
    void tallFrameIsPaddedLeftAndRight() {
        Letterbox box = Letterbox.fit(100, 200, 320);
        assertEquals(160, box.scaledWidth());
        assertEquals(320, box.scaledHeight());
        assertEquals(80, box.padX());
        assertEquals(0, box.padY());
    }

    @Test
    void mapsModelCoordinatesBackToTheFrame() {
        Letterbox box = Letterbox.fit(1920, 1080, 416);
        double s = box.scale();
        BoundingBox frameBox = box.toSource(100 * s, 91 + 200 * s, 300 * s, 91 + 600 * s);
        assertEquals(100, frameBox.x(), 1e-9);
        assertEquals(200, frameBox.y(), 1e-9);
        assertEquals(200, frameBox.width(), 1e-9);
        assertEquals(400, frameBox.height(), 1e-9);
    }

    @Test
    void clipsBoxesReachingIntoThePadding() {
        Letterbox box = Letterbox.fit(1920, 1080, 416);
        BoundingBox clipped = box.toSource(-10, 0, 500, 416);
        assertEquals(new BoundingBox(0, 0, 1920, 1080), clipped);
    }

    @Test
    void rejectsEmptySizes() {
        assertThrows(IllegalArgumentException.class, () -> Letterbox.fit(0, 10, 416));
    }
}
