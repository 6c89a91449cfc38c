package org.sightline.engine.djl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.RgbImage;

/**
 * Tiny YOLO-layout ONNX models with known boxes, written at test time by
 * {@code src/test/resources/yolo/planted_yolo.py} with /usr/bin/python3 and torch (no real YOLO
 * weights are needed). Tests skip when python3 or torch is missing.
 */
public final class PlantedYoloModels {
    public static final String PYTHON = "/usr/bin/python3";
    public static final int INPUT_SIZE = 64;
    /** Source frame that letterboxes into the 64 square at scale 0.5 with 16 grey rows above and below. */
    public static final int FRAME_WIDTH = 128;
    public static final int FRAME_HEIGHT = 64;
    /** Ultralytics' pad grey as the model sees it: the planted corner box's score. */
    public static final float PAD_SCORE = 114f / 255f;

    /** Planted person boxes in source pixels (letterbox undone): the best one, its near twin, and others. */
    public static final BoundingBox BEST = new BoundingBox(30, 12, 20, 40);
    public static final BoundingBox TWIN = new BoundingBox(32, 12, 20, 40);
    public static final BoundingBox CORNER_SCORED = new BoundingBox(88, 12, 16, 32);
    public static final BoundingBox CAR = new BoundingBox(74, 42, 12, 12);
    public static final BoundingBox WEAK = new BoundingBox(14, 38, 12, 20);
    public static final float TWIN_SCORE = 0.8f;
    public static final float WEAK_SCORE = 0.25f;
    /** YOLOv5 model's objectness of the best box (its person score is 1 on a red frame). */
    public static final float V5_BEST_OBJECTNESS = 0.9f;

    private PlantedYoloModels() {
    }

    /** Writes the "v5" ([1, 100, 85]) or "v8" ([1, 84, 100]) model to {@code file}, or skips the test. */
    public static Path write(String layout, Path file) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing: cannot make the planted YOLO models");
        Path script = file.resolveSibling("planted_yolo.py");
        try (InputStream in = PlantedYoloModels.class.getResourceAsStream("/yolo/planted_yolo.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Process process = new ProcessBuilder(PYTHON, script.toString(), layout, file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("planted_yolo.py did not finish in 120 s");
        }
        assumeTrue(!output.contains("No module named 'torch'"), "torch is not installed for " + PYTHON
                + ": cannot make the planted YOLO models");
        if (process.exitValue() != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("planted_yolo.py " + layout + " failed: " + output);
        }
        return file;
    }

    /** A pure red frame: the planted best box's person score reads the red channel at the centre. */
    public static RgbImage redFrame() {
        byte[] pixels = new byte[FRAME_WIDTH * FRAME_HEIGHT * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) 255;
        }
        return new RgbImage(FRAME_WIDTH, FRAME_HEIGHT, pixels);
    }
}
