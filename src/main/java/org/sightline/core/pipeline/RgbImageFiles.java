package org.sightline.core.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.sightline.core.inference.BufferedImages;
import org.sightline.core.inference.RgbImage;

/** Reads image files as RGB. */
public final class RgbImageFiles {

    private RgbImageFiles() {
    }

    /** Reads a JPEG, PNG or BMP; the message names the file when it cannot be read. */
    public static RgbImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Image " + file + " does not exist or is not a file");
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new IOException("Image " + file + " is not a readable image (corrupt or unsupported format)");
        }
        return BufferedImages.toRgb(image);
    }


}
