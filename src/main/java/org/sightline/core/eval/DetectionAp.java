package org.sightline.core.eval;

/**
 * Result of {@link AveragePrecision#compute}.
 *
 * @param averagePrecision  VOC all-point interpolated AP, 0..1
 * @param truePositives     detections matched to a counted truth box
 * @param falsePositives    detections matching nothing counted nor ignored
 * @param ignoredDetections detections left out because they lie on an ignored truth box
 * @param countedTruth      counted (not ignored) truth boxes
 */
public record DetectionAp(double averagePrecision, int truePositives, int falsePositives,
                          int ignoredDetections, int countedTruth) {

    public double recall() {
        return countedTruth == 0 ? 0 : (double) truePositives / countedTruth;
    }

    public double precision() {
        int kept = truePositives + falsePositives;
        return kept == 0 ? 0 : (double) truePositives / kept;
    }

    @Override
    public String toString() {
        return String.format("AP@0.5-style %.4f: %d TP, %d FP, %d on ignored boxes, %d counted truth (recall %.3f, precision %.3f)",
                averagePrecision, truePositives, falsePositives, ignoredDetections, countedTruth, recall(), precision());
    }
}
