package org.sightline.engine.djl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.RgbImage;
import org.sightline.engine.djl.CrossroadAttributePredictor;
import org.sightline.engine.djl.NanoDetDetector;
import org.sightline.engine.djl.OsnetEmbedder;
import org.sightline.engine.opencv.HogPeopleDetector;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * Measures per-frame and per-crop latency of the models on real inputs (for BENCHMARKS.md).
 * Usage: {@code ModelBench <modelMirror> <dataDir> [frames=20] [crops=64]}. Frames are MOT17-02
 * frames (1920x1080, cycled); re-ID crops come from market-dev, attribute crops from peta-dev.
 * Not a test: run it by hand (README/BENCHMARKS give the command line).
 */
public final class ModelBench {

    private static final int WARMUP = 3;

    private ModelBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: ModelBench <modelMirror> <dataDir> [frames=20] [crops=64]");
            System.exit(2);
        }
        Path models = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int crops = args.length > 3 ? Integer.parseInt(args[3]) : 64;

        List<RgbImage> motFrames = readAll(listImages(data.resolve("mot17-02/img1"), Integer.MAX_VALUE));
        List<RgbImage> marketCrops = readAll(listImages(data.resolve("market-dev/images"), crops));
        List<RgbImage> petaCrops = readAll(petaFiles(data.resolve("peta-dev"), crops));
        System.out.printf("ModelBench: %d runs over %d MOT17-02 frames (%dx%d), %d Market crops, %d PETA crops;"
                        + " %d processors, Java %s%n", frames, motFrames.size(), motFrames.getFirst().width(),
                motFrames.getFirst().height(), marketCrops.size(), petaCrops.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        try (NanoDetDetector nanodet = NanoDetDetector.open(models.resolve("detector/nanodet_m.onnx"), DetectorSettings.DEFAULT)) {
            benchDetector("NanoDet-m 416 (DJL OnnxRuntime)", nanodet, motFrames, frames);
        }
        try (NanoDetDetector nanodet = NanoDetDetector.open(models.resolve("detector/nanodet.onnx"),
                DetectorSettings.DEFAULT.withInputSize(320))) {
            benchDetector("NanoDet-m 320 (DJL OnnxRuntime)", nanodet, motFrames, frames);
        }
        try (HogPeopleDetector hog = new HogPeopleDetector()) {
            benchDetector("HOG people detector (OpenCV, longer side 960)", hog, motFrames, Math.min(frames, 5));
        }
        try (OsnetEmbedder osnet = OsnetEmbedder.open(models.resolve("reid/osnet_x0_25_msmt17.onnx"))) {
            report("OSNet x0.25 re-ID, one crop per call", time(marketCrops.size(),
                    i -> osnet.embed(List.of(marketCrops.get(i)))), 1);
            report("OSNet x0.25 re-ID, batches of 16 (per crop)", time(marketCrops.size() / 16,
                    i -> osnet.embed(marketCrops.subList(i * 16, i * 16 + 16))), 16);
        }
        try (CrossroadAttributePredictor par = CrossroadAttributePredictor.open(
                models.resolve("par/person-attributes-recognition-crossroad-0230.onnx"))) {
            report("Crossroad-0230 attributes, one crop per call", time(petaCrops.size(),
                    i -> par.predict(List.of(petaCrops.get(i)))), 1);
            report("Crossroad-0230 attributes, 16 crops per call (per crop)", time(petaCrops.size() / 16,
                    i -> par.predict(petaCrops.subList(i * 16, i * 16 + 16))), 16);
        }
    }

    private static void benchDetector(String name, PersonDetector detector, List<RgbImage> frames, int runs) {
        int[] found = new int[1];
        double[] millis = time(runs, i -> found[0] += detector.detect(frames.get(i % frames.size())).size());
        report(name + String.format(", %.1f people per frame", (double) found[0] / (runs + WARMUP)), millis, 1);
    }

    /** Milliseconds of each of {@code runs} calls, after {@value #WARMUP} untimed warm-up calls. */
    private static double[] time(int runs, Consumer<Integer> call) {
        for (int i = 0; i < WARMUP; i++) {
            call.accept(i % Math.max(1, runs));
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static void report(String name, double[] millis, int itemsPerCall) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / itemsPerCall;
        double median = sorted[sorted.length / 2] / itemsPerCall;
        double p90 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] / itemsPerCall;
        System.out.printf("%-66s n=%-4d mean %7.2f ms  median %7.2f ms  p90 %7.2f ms%n",
                name, sorted.length * itemsPerCall, mean, median, p90);
    }

    private static List<Path> listImages(Path folder, int limit) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().matches("(?i).*\\.(jpe?g|png)$")).sorted().limit(limit).toList();
        }
    }

    private static List<Path> petaFiles(Path root, int limit) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("labels.csv"));
        List<Path> files = new ArrayList<>();
        int step = Math.max(1, (lines.size() - 1) / limit);
        for (int i = 1; i < lines.size() && files.size() < limit; i += step) {
            files.add(root.resolve(lines.get(i).split(",", 4)[1]));
        }
        return files;
    }

    private static List<RgbImage> readAll(List<Path> files) {
        return files.stream().map(OpenCvImages::read).toList();
    }
}
