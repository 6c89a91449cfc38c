package org.sightline.engine.djl.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.eval.AveragePrecision;
import org.sightline.core.eval.DetectionAp;
import org.sightline.core.eval.MotFiles;
import org.sightline.core.eval.MotTruthRule;
import org.sightline.core.eval.ScoredBox;
import org.sightline.core.eval.TruthBox;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;
import org.sightline.engine.djl.NanoDetDetector;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * Detection AP at IoU 0.5 on MOT17-02 frames 1-4 (MotTruthRule: considered pedestrians counted,
 * distractors ignored): NanoDet-m 416 and 320, at a low score threshold (for the whole
 * precision-recall curve) and at the default, beside MOT's public detections (det/det.txt).
 * Usage: {@code DetectionBench <modelMirror> <dataDir>}. Not a test: run it by hand.
 */
public final class DetectionBench {

    private static final int FIRST = 1;
    private static final int LAST = 4;
    private static final float CURVE_THRESHOLD = 0.05f;

    private DetectionBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("Usage: DetectionBench <modelMirror> <dataDir>");
            System.exit(2);
        }
        Path models = Path.of(args[0]);
        Path mot = Path.of(args[1]).resolve("mot17-02");
        Map<Long, List<TruthBox>> truth = MotTruthRule.byFrame(MotFiles.readGroundTruth(mot.resolve("gt/gt.txt")), FIRST, LAST);
        List<RgbImage> frames = new ArrayList<>();
        for (int frame = FIRST; frame <= LAST; frame++) {
            frames.add(OpenCvImages.read(mot.resolve(String.format("img1/%06d.jpg", frame))));
        }
        System.out.printf("DetectionBench: MOT17-02 frames %d-%d, AP at IoU 0.5, VOC all-point%n", FIRST, LAST);
        report("MOT17 public detections (det/det.txt)", AveragePrecision.compute(
                MotTruthRule.detectionsByFrame(MotFiles.readDetections(mot.resolve("det/det.txt")), FIRST, LAST), truth, 0.5));
        for (int size : new int[] {416, 320}) {
            Path file = models.resolve(size == 416 ? "detector/nanodet_m.onnx" : "detector/nanodet.onnx");
            for (float threshold : new float[] {CURVE_THRESHOLD, DetectorSettings.DEFAULT.confidenceThreshold()}) {
                DetectorSettings settings = DetectorSettings.DEFAULT.withInputSize(size).withConfidenceThreshold(threshold);
                try (NanoDetDetector detector = NanoDetDetector.open(file, settings)) {
                    report(String.format("NanoDet-m %d, score >= %.2f", size, threshold),
                            AveragePrecision.compute(detect(detector, frames), truth, 0.5));
                }
            }
        }
    }

    private static Map<Long, List<ScoredBox>> detect(NanoDetDetector detector, List<RgbImage> frames) {
        Map<Long, List<ScoredBox>> detections = new LinkedHashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            detections.put((long) FIRST + i, detector.detect(frames.get(i)).stream()
                    .map((PersonDetection d) -> new ScoredBox(d.box(), d.score())).toList());
        }
        return detections;
    }

    private static void report(String name, DetectionAp ap) {
        System.out.printf("%-40s AP %.4f  recall %.3f  precision %.3f  (%d TP, %d FP, %d on ignored, %d counted)%n",
                name, ap.averagePrecision(), ap.recall(), ap.precision(), ap.truePositives(), ap.falsePositives(),
                ap.ignoredDetections(), ap.countedTruth());
    }
}
