package org.sightline.core.inference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Greedy non-maximum suppression: keeps the best box of each group of overlapping boxes. */
public final class NonMaxSuppression {

    private NonMaxSuppression() {
    }

    /**
     * Detections sorted by descending score, without any that overlaps a better kept one by
     * more than {@code iouThreshold}.
     */
    public static List<PersonDetection> apply(List<PersonDetection> detections, double iouThreshold) {
        List<PersonDetection> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(PersonDetection::score).reversed());
        List<PersonDetection> kept = new ArrayList<>();
        for (PersonDetection candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.box().intersectionOverUnion(candidate.box()) > iouThreshold)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
