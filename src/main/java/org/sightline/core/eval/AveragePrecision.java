package org.sightline.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Detection average precision, PASCAL VOC style (all-point interpolation), with ignore regions.
 * Detections of all frames are taken best score first (ties: frame order, then input order).
 * Each takes the unmatched counted truth box of its frame it overlaps most, if that IoU reaches
 * the threshold (a true positive). Otherwise, if it overlaps an ignored box by the threshold, it is
 * left out (ignored boxes absorb any number of detections, like COCO crowd regions); else it is a
 * false positive. Unlike VOC, a detection whose best overlap is an already matched box still tries
 * the other counted boxes, which is the greedy matching MOTChallenge's detection scores use.
 */
public final class AveragePrecision {

    private AveragePrecision() {
    }

    public static DetectionAp compute(Map<Long, List<ScoredBox>> detections, Map<Long, List<TruthBox>> truth,
                                      double iouThreshold) {
        if (!(iouThreshold > 0 && iouThreshold <= 1)) {
            throw new IllegalArgumentException("IoU threshold must lie in (0, 1], got " + iouThreshold);
        }
        List<Candidate> ordered = order(detections);
        Map<Long, boolean[]> matched = new java.util.HashMap<>();
        truth.forEach((frame, boxes) -> matched.put(frame, new boolean[boxes.size()]));
        int counted = (int) truth.values().stream().flatMap(List::stream).filter(t -> !t.ignore()).count();

        List<Boolean> outcomes = new ArrayList<>();
        int ignored = 0;
        for (Candidate candidate : ordered) {
            List<TruthBox> boxes = truth.getOrDefault(candidate.frame, List.of());
            boolean[] used = matched.getOrDefault(candidate.frame, new boolean[0]);
            int best = -1;
            double bestIou = iouThreshold;
            boolean onIgnored = false;
            for (int i = 0; i < boxes.size(); i++) {
                double iou = boxes.get(i).box().intersectionOverUnion(candidate.box.box());
                if (boxes.get(i).ignore()) {
                    onIgnored |= iou >= iouThreshold;
                } else if (!used[i] && iou >= bestIou) {
                    best = i;
                    bestIou = iou;
                }
            }
            if (best >= 0) {
                used[best] = true;
                outcomes.add(true);
            } else if (onIgnored) {
                ignored++;
            } else {
                outcomes.add(false);
            }
        }
        int tp = (int) outcomes.stream().filter(b -> b).count();
        return new DetectionAp(allPointAp(outcomes, counted), tp, outcomes.size() - tp, ignored, counted);
    }

    /** Area under the precision-recall curve made monotone (VOC 2010+). */
    static double allPointAp(List<Boolean> outcomes, int counted) {
        if (counted == 0) {
            return 0;
        }
        int n = outcomes.size();
        double[] recall = new double[n + 2];
        double[] precision = new double[n + 2];
        int tp = 0;
        for (int i = 0; i < n; i++) {
            tp += outcomes.get(i) ? 1 : 0;
            recall[i + 1] = (double) tp / counted;
            precision[i + 1] = (double) tp / (i + 1);
        }
        recall[n + 1] = 1;
        for (int i = n; i >= 0; i--) {
            precision[i] = Math.max(precision[i], precision[i + 1]);
        }
        double ap = 0;
        for (int i = 1; i <= n + 1; i++) {
            ap += (recall[i] - recall[i - 1]) * precision[i];
        }
        return ap;
    }

    private record Candidate(long frame, int index, ScoredBox box) {
    }

    private static List<Candidate> order(Map<Long, List<ScoredBox>> detections) {
        List<Candidate> all = new ArrayList<>();
        detections.forEach((frame, boxes) -> {
            for (int i = 0; i < boxes.size(); i++) {
                all.add(new Candidate(frame, i, boxes.get(i)));
            }
        });
        all.sort(Comparator.comparingDouble((Candidate c) -> c.box.score()).reversed()
                .thenComparingLong(Candidate::frame).thenComparingInt(Candidate::index));
        return all;
    }
}
