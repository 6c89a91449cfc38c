package org.sightline.ui.footage;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sightline.core.inference.RgbImage;

/** Copies decoded RGB frames into a JavaFX image, reusing it while the size stays the same. */
final class FrameImages {
    private WritableImage image;

    WritableImage show(RgbImage frame) {
        if (image == null || image.getWidth() != frame.width() || image.getHeight() != frame.height()) {
            image = new WritableImage(frame.width(), frame.height());
        }
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getByteRgbInstance(),
                frame.pixels(), 0, frame.width() * 3);
        return image;
    }
}
