package org.sightline.engine.opencv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.RgbImage;

class OpenCvImagesTest {

    @Test
    void readsPixelsInRgbOrder(@TempDir Path dir) throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x00FF00);
        image.setRGB(2, 1, 0x0000FF);
        Path png = dir.resolve("colours é.png");
        ImageIO.write(image, "png", png.toFile());

        RgbImage read = OpenCvImages.read(png);

        assertEquals(3, read.width());
        assertEquals(2, read.height());
        assertArrayEquals(new byte[] {(byte) 255, 0, 0}, Arrays.copyOfRange(read.pixels(), 0, 3));
        assertArrayEquals(new byte[] {0, (byte) 255, 0}, Arrays.copyOfRange(read.pixels(), 3, 6));
        assertArrayEquals(new byte[] {0, 0, (byte) 255}, Arrays.copyOfRange(read.pixels(), 15, 18));
    }

    @Test
    void readsARealJpegFrame() {
        RgbImage frame = OpenCvImages.read(TestData.data("mot17-02/img1/000001.jpg"));
        assertEquals(1920, frame.width());
        assertEquals(1080, frame.height());
    }

    @Test
    void corruptOrTruncatedFilesFailNamingTheFile(@TempDir Path dir) throws Exception {
        Path garbage = dir.resolve("garbage.jpg");
        Files.write(garbage, "this is not an image".getBytes());
        ImageReadException e = assertThrows(ImageReadException.class, () -> OpenCvImages.read(garbage));
        assertTrue(e.getMessage().contains(garbage.toString()) && e.getMessage().contains("not a decodable image"),
                e.getMessage());

        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertTrue(assertThrows(ImageReadException.class, () -> OpenCvImages.read(empty)).getMessage()
                .contains("empty"));

        Path missing = dir.resolve("missing.jpg");
        assertTrue(assertThrows(ImageReadException.class, () -> OpenCvImages.read(missing)).getMessage()
                .contains(missing.toString()));
    }

    @Test
    void resizeAveragesWhenShrinking() {
        byte[] pixels = new byte[4 * 4 * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) ((i / 3) % 2 == 0 ? 200 : 100);
        }
        RgbImage small = OpenCvImages.resize(new RgbImage(4, 4, pixels), 2, 2);
        assertEquals(2, small.width());
        assertEquals(150, small.pixels()[0] & 0xFF);
        assertEquals(8, OpenCvImages.resize(small, 8, 6).width());
    }
}
