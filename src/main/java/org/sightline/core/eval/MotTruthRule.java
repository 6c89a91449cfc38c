package org.sightline.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which MOTChallenge ground truth counts for person detection: pedestrians (class 1) flagged
 * "consider" are counted; pedestrians not to consider and the classes MOT's own evaluation treats
 * as distractors (2 person on vehicle, 7 static person, 8 distractor, 12 reflection) are ignore
 * regions; everything else (vehicles, bicycles, occluders) is dropped, so a detection on it is a
 * false positive.
 */
public final class MotTruthRule {

    static final int PEDESTRIAN = 1;
    static final Set<Integer> DISTRACTOR_CLASSES = Set.of(2, 7, 8, 12);

    private MotTruthRule() {
    }

    /** The row as a truth box for person detection, or null if it is dropped. */
    public static TruthBox classify(MotGroundTruthRow row) {
        if (row.classId() == PEDESTRIAN) {
            return new TruthBox(row.box(), !row.consider());
        }
        return DISTRACTOR_CLASSES.contains(row.classId()) ? new TruthBox(row.box(), true) : null;
    }

    /** Truth boxes by frame, in file order, for the frames in [{@code first}, {@code last}]. */
    public static Map<Long, List<TruthBox>> byFrame(List<MotGroundTruthRow> rows, int first, int last) {
        Map<Long, List<TruthBox>> frames = new LinkedHashMap<>();
        for (MotGroundTruthRow row : rows) {
            TruthBox box = row.frame() >= first && row.frame() <= last ? classify(row) : null;
            if (box != null) {
                frames.computeIfAbsent((long) row.frame(), k -> new ArrayList<>()).add(box);
            }
        }
        return frames;
    }

    /** det.txt detections by frame, for the frames in [{@code first}, {@code last}]. */
    public static Map<Long, List<ScoredBox>> detectionsByFrame(List<MotDetectionRow> rows, int first, int last) {
        Map<Long, List<ScoredBox>> frames = new LinkedHashMap<>();
        for (MotDetectionRow row : rows) {
            if (row.frame() >= first && row.frame() <= last) {
                frames.computeIfAbsent((long) row.frame(), k -> new ArrayList<>()).add(new ScoredBox(row.box(), row.score()));
            }
        }
        return frames;
    }
}
