package org.sightline.core.cases.gallery;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes crop thumbnails as JPEG, at most {@value #MAX_HEIGHT} px tall, never as a half-written file. */
public final class Thumbnails {
    public static final int MAX_HEIGHT = 128;

    private Thumbnails() {
    }

    public static void write(BufferedImage image, Path target) throws IOException {
        BufferedImage scaled = scaled(image);
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        if (!ImageIO.write(scaled, "jpg", temporary.toFile())) {
            throw new IOException("No JPEG writer available to write thumbnail " + target);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The image scaled down to {@value #MAX_HEIGHT} px tall when taller, as opaque RGB. */
    static BufferedImage scaled(BufferedImage image) {
        int height = Math.min(MAX_HEIGHT, image.getHeight());
        int width = Math.max(1, (int) Math.round((double) image.getWidth() * height / image.getHeight()));
        BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }
}
