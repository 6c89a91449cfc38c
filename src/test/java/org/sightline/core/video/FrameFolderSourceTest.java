package org.sightline.core.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameFolderSourceTest {

    @TempDir
    Path folder;

    /** A 4x2 PNG whose every pixel is (shade, 255 - shade, 7). */
    private void writeFrame(String name, int shade) throws IOException {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                image.setRGB(x, y, shade << 16 | (255 - shade) << 8 | 7);
            }
        }
        ImageIO.write(image, "png", folder.resolve(name).toFile());
    }

    private static int shadeOf(VideoFrame frame) {
        return frame.image().pixels()[0] & 0xFF;
    }

    @Test
    void deliversImagesInNaturalNameOrderWithExactPixels() throws IOException {
        writeFrame("frame10.png", 100);
        writeFrame("frame2.png", 20);
        writeFrame("frame1.png", 10);
        Files.writeString(folder.resolve("notes.txt"), "not an image");
        List<VideoFrame> frames = new ArrayList<>();
        try (var source = new FrameFolderSource(folder, 5, FrameSampling.everyFrame())) {
            assertEquals(3, source.estimatedFrameCount());
            assertEquals(4, source.width());
            assertEquals(2, source.height());
            source.forEach(frames::add);
        }
        assertEquals(List.of(10, 20, 100), frames.stream().map(FrameFolderSourceTest::shadeOf).toList());
        assertEquals(List.of(0L, 200L, 400L), frames.stream().map(VideoFrame::timestampMs).toList());
        assertArrayEquals(new byte[] {10, (byte) 245, 7}, java.util.Arrays.copyOf(frames.get(0).image().pixels(), 3));
    }

    @Test
    void samplesAndSeeks() throws IOException {
        for (int i = 0; i < 10; i++) {
            writeFrame(String.format("img_%03d.png", i), i * 10);
        }
        try (var source = new FrameFolderSource(folder, 10, FrameSampling.everyNthFrame(4))) {
            List<Long> indices = new ArrayList<>();
            source.forEach(frame -> indices.add(frame.index()));
            assertEquals(List.of(0L, 4L, 8L), indices);
            source.seekToFrame(7);
            assertEquals(8, source.nextFrame().orElseThrow().index());
            source.seekToTimestamp(350);
            assertEquals(40, shadeOf(source.nextFrame().orElseThrow()));
        }
    }

    @Test
    void unreadableImageIsReportedAfterTheFramesBeforeIt() throws IOException {
        writeFrame("a1.png", 10);
        writeFrame("a2.png", 20);
        Files.write(folder.resolve("a3.png"), new byte[] {1, 2, 3, 4});
        writeFrame("a4.png", 40);
        List<Integer> shades = new ArrayList<>();
        try (var source = new FrameFolderSource(folder, 25, FrameSampling.everyFrame())) {
            var error = assertThrows(VideoDecodeException.class, () -> source.forEach(f -> shades.add(shadeOf(f))));
            assertEquals(List.of(10, 20), shades);
            assertEquals(2, error.frameIndex());
            assertEquals(80, error.timestampMs());
            assertTrue(error.getMessage().contains("a3.png"), error.getMessage());
        }
    }

    @Test
    void emptyFolderFailsClearly() {
        var error = assertThrows(VideoDecodeException.class,
                () -> new FrameFolderSource(folder, 25, FrameSampling.everyFrame()));
        assertTrue(error.getMessage().contains(folder.toString()) && error.getMessage().contains("no image files"),
                error.getMessage());
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> names = new ArrayList<>(List.of("f10.png", "f2.png", "f01.png", "g1.png", "f1.png"));
        names.sort(NaturalOrder::compare);
        assertEquals(List.of("f01.png", "f1.png", "f2.png", "f10.png", "g1.png"), names);
    }
}
