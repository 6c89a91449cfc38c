package org.sightline.engine.opencv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;

class HogPeopleDetectorTest {

    @Test
    void findsPeopleOnAPetsFrame() throws Exception {
        RgbImage frame = TestData.petsFrame(0);
        try (HogPeopleDetector detector = new HogPeopleDetector()) {
            long start = System.nanoTime();
            List<PersonDetection> people = detector.detect(frame);
            System.out.printf("HOG on PETS S2.L1 frame 0: %d people in %d ms%n", people.size(),
                    (System.nanoTime() - start) / 1_000_000);
            assertFalse(people.isEmpty());
            assertTrue(people.stream().allMatch(p -> p.box().height() > p.box().width()), people.toString());
        }
    }

    @Test
    void findsANearPedestrianOfMot17Frame1() {
        RgbImage frame = OpenCvImages.read(TestData.data("mot17-02/img1/000001.jpg"));
        TestData.MotTruth truth = TestData.motTruth(1);
        try (HogPeopleDetector detector = new HogPeopleDetector()) {
            long start = System.nanoTime();
            List<PersonDetection> people = detector.detect(frame);
            DetectionScore score = DetectionScore.of(people, truth.pedestrians(), truth.ignored(), 0.5);
            System.out.printf("HOG on MOT17-02 frame 1 in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000, score);
            assertTrue(score.truePositives() >= 1, score.toString());
        }
    }
}
