package org.sightline.engine.opencv;

import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.PersonDetection;

/**
 * Greedy matching of detections (best first) to ground truth at an IoU threshold. Detections
 * that match no counted box but overlap an ignored one (static, occluded, non-pedestrian
 * annotations) are left out of precision, as MOTChallenge does.
 */
public record DetectionScore(int truePositives, int falsePositives, int groundTruth) {

    public static DetectionScore of(List<PersonDetection> detections, List<BoundingBox> truth,
                                    List<BoundingBox> ignored, double iou) {
        boolean[] used = new boolean[truth.size()];
        int tp = 0;
        int fp = 0;
        for (PersonDetection detection : detections) {
            int best = -1;
            double bestIou = iou;
            for (int i = 0; i < truth.size(); i++) {
                double overlap = truth.get(i).intersectionOverUnion(detection.box());
                if (!used[i] && overlap >= bestIou) {
                    best = i;
                    bestIou = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            } else if (ignored.stream().noneMatch(b -> b.intersectionOverUnion(detection.box()) >= iou)) {
                fp++;
            }
        }
        return new DetectionScore(tp, fp, truth.size());
    }

    public double recall() {
        return groundTruth == 0 ? 0 : (double) truePositives / groundTruth;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    @Override
    public String toString() {
        return String.format("recall %.3f (%d/%d), precision %.3f (%d false positives)",
                recall(), truePositives, groundTruth, precision(), falsePositives);
    }
}
