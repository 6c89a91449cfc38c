package org.sightline.core.cases.gallery;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes small generated person-crop-like PNGs for gallery tests. */
final class TestGalleries {

    private TestGalleries() {
    }

    /** {@code count} PNGs of 24x64 px, spread over two subfolders. */
    static Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder.resolve("cam1"));
        Files.createDirectories(folder.resolve("cam2"));
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(24, 64, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(i * 37 % 256, i * 91 % 256, i * 13 % 256));
            g.fillRect(0, 0, 24, 64);
            g.setColor(Color.WHITE);
            g.fillOval(6, 2, 12, 12);
            g.dispose();
            String sub = i % 2 == 0 ? "cam1" : "cam2";
            ImageIO.write(image, "png", folder.resolve(sub).resolve(String.format("person_%05d.png", i)).toFile());
        }
        return folder;
    }
}
