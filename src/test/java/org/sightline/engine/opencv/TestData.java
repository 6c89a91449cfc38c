package org.sightline.engine.opencv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.RgbImage;

/**
 * Finds the shared real models and data (system properties sightline.modelMirror and
 * sightline.dataDir, set by Surefire) and skips the calling test where they are absent.
 */
public final class TestData {

    public static final String PETS_VIDEO = "video/pets2009-s2l1-480x360.avi";

    private TestData() {
    }

    public static Path model(String relative) {
        return existing("sightline.modelMirror", relative, "model mirror");
    }

    public static Path data(String relative) {
        return existing("sightline.dataDir", relative, "data folder");
    }

    private static Path existing(String property, String relative, String what) {
        String root = System.getProperty(property);
        assumeTrue(root != null, "System property " + property + " (the " + what + ") is not set; skipping");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(path), relative + " is missing from the " + what + " " + root + "; skipping");
        return path;
    }

    /** MOT17-02 ground truth of one frame: counted pedestrians, and every other box (to ignore). */
    public record MotTruth(List<BoundingBox> pedestrians, List<BoundingBox> ignored) {
    }

    public static MotTruth motTruth(int frame) {
        List<BoundingBox> pedestrians = new ArrayList<>();
        List<BoundingBox> ignored = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(data("mot17-02/gt/gt.txt"))) {
                String[] f = line.split(",");
                if (Integer.parseInt(f[0].trim()) != frame) {
                    continue;
                }
                // MOT coordinates are 1-based.
                BoundingBox box = new BoundingBox(Double.parseDouble(f[2]) - 1, Double.parseDouble(f[3]) - 1,
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]));
                boolean counted = f[6].trim().equals("1") && f[7].trim().equals("1");
                (counted ? pedestrians : ignored).add(box);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MotTruth(pedestrians, ignored);
    }

    /** Frame {@code index} (0-based) of the PETS 2009 S2.L1 clip, decoded with FFmpeg. */
    public static RgbImage petsFrame(int index) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(data(PETS_VIDEO).toFile())) {
            grabber.start();
            Frame frame = null;
            for (int i = 0; i <= index; i++) {
                frame = grabber.grabImage();
            }
            if (frame == null || frame.imageChannels != 3) {
                throw new IllegalStateException("No 3-channel frame " + index + " in " + PETS_VIDEO);
            }
            return bgrFrameToRgb(frame);
        }
    }

    private static RgbImage bgrFrameToRgb(Frame frame) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int width = frame.imageWidth;
        int height = frame.imageHeight;
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int source = y * frame.imageStride + x * 3;
                int target = (y * width + x) * 3;
                pixels[target] = buffer.get(source + 2);
                pixels[target + 1] = buffer.get(source + 1);
                pixels[target + 2] = buffer.get(source);
            }
        }
        return new RgbImage(width, height, pixels);
    }
}
