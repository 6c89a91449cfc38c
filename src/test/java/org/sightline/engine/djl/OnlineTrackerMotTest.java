package org.sightline.engine.djl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.eval.MotFiles;
import org.sightline.core.eval.MotGroundTruthRow;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;
import org.sightline.core.tracking.DetectionRef;
import org.sightline.core.tracking.OnlineTracker;
import org.sightline.core.tracking.TrackerSettings;
import org.sightline.core.tracking.TrackerUpdate;
import org.sightline.engine.opencv.OpenCvImages;
import org.sightline.engine.opencv.TestData;

/** NanoDet-m + OSNet + the online tracker on MOT17-02 frames 1-4: people keep their track ids. */
class OnlineTrackerMotTest {

    private static final int FRAMES = 4;
    private static final List<BoundingBox[]> BOXES = new ArrayList<>();
    private static final List<float[][]> EMBEDDINGS = new ArrayList<>();
    private static List<MotGroundTruthRow> truth;

    @BeforeAll
    static void detectAndEmbed() {
        var detectorFile = TestData.model("detector/nanodet_m.onnx");
        var reidFile = TestData.model("reid/osnet_x0_25_msmt17.onnx");
        truth = MotFiles.readGroundTruth(TestData.data("mot17-02/gt/gt.txt")).stream()
                .filter(r -> r.classId() == 1 && r.consider()).toList();
        try (NanoDetDetector detector = NanoDetDetector.open(detectorFile, DetectorSettings.DEFAULT);
             OsnetEmbedder embedder = OsnetEmbedder.open(reidFile)) {
            for (int frame = 1; frame <= FRAMES; frame++) {
                RgbImage image = OpenCvImages.read(TestData.data(String.format("mot17-02/img1/%06d.jpg", frame)));
                List<PersonDetection> detections = detector.detect(image);
                BOXES.add(detections.stream().map(PersonDetection::box).toArray(BoundingBox[]::new));
                EMBEDDINGS.add(embedder.embed(detections.stream().map(d -> RgbImages.crop(image, d.box())).toList()));
            }
        }
    }

    @Test
    void matchedPedestriansKeepTheirTrackIdOverFourFrames() {
        assertMostPeopleKeepTheirId(new int[] {1, 2, 3, 4});
    }

    @Test
    void matchedPedestriansKeepTheirTrackIdWhenEveryOtherFrameIsSampled() {
        assertMostPeopleKeepTheirId(new int[] {1, 3});
        assertMostPeopleKeepTheirId(new int[] {2, 4});
    }

    private static void assertMostPeopleKeepTheirId(int[] frames) {
        Map<Integer, int[]> idsByFrame = track(frames);
        Map<Integer, Set<Integer>> trackIdsOfPerson = new HashMap<>();
        Map<Integer, Integer> sightings = new HashMap<>();
        for (int frame : frames) {
            BoundingBox[] boxes = BOXES.get(frame - 1);
            int[] ids = idsByFrame.get(frame);
            Set<Integer> usedDetections = new HashSet<>();
            for (MotGroundTruthRow person : truth.stream().filter(r -> r.frame() == frame).toList()) {
                int best = bestMatch(person.box(), boxes, usedDetections);
                if (best >= 0) {
                    usedDetections.add(best);
                    trackIdsOfPerson.computeIfAbsent(person.id(), k -> new HashSet<>()).add(ids[best]);
                    sightings.merge(person.id(), 1, Integer::sum);
                }
            }
        }
        List<Integer> followed = sightings.keySet().stream().filter(id -> sightings.get(id) >= 2).toList();
        long stable = followed.stream().filter(id -> trackIdsOfPerson.get(id).size() == 1
                && !trackIdsOfPerson.get(id).contains(OnlineTracker.NO_TRACK)).count();
        String summary = String.format("frames %s: %d of %d pedestrians detected in 2+ frames kept one track id",
                java.util.Arrays.toString(frames), stable, followed.size());
        System.out.println("Tracker on MOT17-02 (NanoDet-m 416 + OSNet x0.25): " + summary);
        assertTrue(followed.size() >= 4, summary);
        // Observed 4 of 5 in all three runs: NanoDet-m finds 5 of the 22 counted people a frame;
        // the one that changes id is boxed together with a neighbour in frame 3.
        assertTrue(stable >= 0.75 * followed.size(), summary);
    }

    /** Track ids per frame, with detections made while their track was tentative filled in. */
    private static Map<Integer, int[]> track(int[] frames) {
        OnlineTracker tracker = new OnlineTracker(TrackerSettings.DEFAULT);
        Map<Integer, int[]> ids = new HashMap<>();
        for (int frame : frames) {
            TrackerUpdate update = tracker.update(frame, BOXES.get(frame - 1), EMBEDDINGS.get(frame - 1));
            ids.put(frame, update.trackIds().clone());
            for (TrackerUpdate.Confirmation confirmation : update.confirmations()) {
                for (DetectionRef ref : confirmation.earlier()) {
                    ids.get((int) ref.frame())[ref.index()] = confirmation.trackId();
                }
            }
        }
        return ids;
    }

    private static int bestMatch(BoundingBox person, BoundingBox[] boxes, Set<Integer> used) {
        int best = -1;
        double bestIou = 0.5;
        for (int i = 0; i < boxes.length; i++) {
            double iou = person.intersectionOverUnion(boxes[i]);
            if (!used.contains(i) && iou >= bestIou) {
                best = i;
                bestIou = iou;
            }
        }
        return best;
    }
}
