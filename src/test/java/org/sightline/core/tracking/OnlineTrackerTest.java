package org.sightline.core.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Vectors;

class OnlineTrackerTest {

    private static final float[] RED = unit(1, 0.1f, 0);
    private static final float[] BLUE = unit(0.1f, 1, 0);
    private static final float[] GREEN = unit(0, 0.1f, 1);

    private static final TrackerSettings CONFIRM_AT_ONCE = TrackerSettings.DEFAULT.withHitsToConfirm(1);

    @Test
    void keepsIdsOfTwoPeopleWhoCrossPaths() {
        OnlineTracker tracker = new OnlineTracker(CONFIRM_AT_ONCE);
        int redId = 0;
        int blueId = 0;
        for (int frame = 0; frame <= 20; frame++) {
            // Red walks right, blue walks left; they overlap fully at frame 10.
            BoundingBox red = box(100 + 10 * frame, 100);
            BoundingBox blue = box(300 - 10 * frame, 100);
            // Blue is listed first on odd frames so input order cannot carry the ids.
            boolean swap = frame % 2 == 1;
            int[] ids = tracker.update(frame, swap ? new BoundingBox[] {blue, red} : new BoundingBox[] {red, blue},
                    swap ? new float[][] {BLUE, RED} : new float[][] {RED, BLUE}).trackIds();
            int r = ids[swap ? 1 : 0];
            int b = ids[swap ? 0 : 1];
            if (frame == 0) {
                redId = r;
                blueId = b;
                assertNotEquals(redId, blueId);
            }
            assertEquals(redId, r, "red at frame " + frame);
            assertEquals(blueId, b, "blue at frame " + frame);
        }
        assertEquals(2, tracker.tracklets().size());
    }

    @Test
    void followsFastMotionAcrossSamplingGaps() {
        // Every 5th frame of a person moving 12 px a frame: 60 px between samples, more than the
        // 40 px box width, so consecutive boxes do not overlap at all.
        OnlineTracker tracker = new OnlineTracker(CONFIRM_AT_ONCE);
        int first = tracker.update(0, new BoundingBox[] {box(0, 200)}, new float[][] {RED}).trackIds()[0];
        for (int frame = 5; frame <= 100; frame += 5) {
            BoundingBox moved = box(12 * frame, 200);
            int id = tracker.update(frame, new BoundingBox[] {moved}, new float[][] {RED}).trackIds()[0];
            assertEquals(first, id, "frame " + frame);
        }
        Tracklet tracklet = tracker.tracklets().getFirst();
        assertEquals(0, tracklet.firstFrame());
        assertEquals(100, tracklet.lastFrame());
        assertEquals(21, tracklet.detections());
    }

    @Test
    void predictsByElapsedFrames() {
        BoxMotion motion = new BoxMotion(box(0, 0), 0);
        motion.update(box(20, 10), 10);
        // 2 px a frame right, 1 px down: 30 frames later the box is at (80, 40).
        BoundingBox predicted = motion.predict(40);
        assertEquals(80, predicted.x(), 1e-9);
        assertEquals(40, predicted.y(), 1e-9);
        assertEquals(40, predicted.width(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> motion.update(box(0, 0), 10));
    }

    @Test
    void confirmsAfterEnoughHitsAndReportsTheEarlierDetections() {
        OnlineTracker tracker = new OnlineTracker(TrackerSettings.DEFAULT.withHitsToConfirm(3));
        TrackerUpdate u1 = tracker.update(1, new BoundingBox[] {box(10, 10)}, new float[][] {RED});
        TrackerUpdate u2 = tracker.update(2, new BoundingBox[] {box(12, 10)}, new float[][] {RED});
        TrackerUpdate u3 = tracker.update(3, new BoundingBox[] {box(14, 10)}, new float[][] {RED});
        assertArrayEquals(new int[] {OnlineTracker.NO_TRACK}, u1.trackIds());
        assertArrayEquals(new int[] {OnlineTracker.NO_TRACK}, u2.trackIds());
        assertArrayEquals(new int[] {1}, u3.trackIds());
        assertEquals(List.of(new TrackerUpdate.Confirmation(1, List.of(new DetectionRef(1, 0), new DetectionRef(2, 0)))),
                u3.confirmations());
        assertTrue(u1.confirmations().isEmpty());
    }

    @Test
    void aTentativeTrackDiesAtItsFirstMiss() {
        OnlineTracker tracker = new OnlineTracker(TrackerSettings.DEFAULT.withHitsToConfirm(2));
        tracker.update(1, new BoundingBox[] {box(10, 10)}, new float[][] {RED});
        tracker.update(2, new BoundingBox[0], new float[0][]);
        TrackerUpdate again = tracker.update(3, new BoundingBox[] {box(10, 10)}, new float[][] {RED});
        assertArrayEquals(new int[] {OnlineTracker.NO_TRACK}, again.trackIds(), "a new tentative track, not the old one");
        assertTrue(tracker.tracklets().isEmpty());
    }

    @Test
    void aConfirmedTrackSurvivesUpToMaxMissedFrames() {
        OnlineTracker tracker = new OnlineTracker(CONFIRM_AT_ONCE.withMaxMissedFrames(10));
        int id = tracker.update(0, new BoundingBox[] {box(10, 10)}, new float[][] {RED}).trackIds()[0];
        // Unseen in frames 1..9; back at frame 10, 10 frames after its last sighting: still alive.
        assertEquals(id, tracker.update(10, new BoundingBox[] {box(10, 10)}, new float[][] {RED}).trackIds()[0]);
        // Unseen for 11 frames: ended; the same person now starts a new track.
        int later = tracker.update(21, new BoundingBox[] {box(10, 10)}, new float[][] {RED}).trackIds()[0];
        assertNotEquals(id, later);
        assertEquals(List.of(id, later), tracker.tracklets().stream().map(Tracklet::trackId).toList());
    }

    @Test
    void aDifferentLookingPersonInTheSamePlaceGetsANewTrack() {
        OnlineTracker tracker = new OnlineTracker(CONFIRM_AT_ONCE);
        int red = tracker.update(0, new BoundingBox[] {box(10, 10)}, new float[][] {RED}).trackIds()[0];
        int green = tracker.update(1, new BoundingBox[] {box(10, 10)}, new float[][] {GREEN}).trackIds()[0];
        assertNotEquals(red, green);
    }

    @Test
    void theMeanEmbeddingAveragesAllDetections() {
        OnlineTracker tracker = new OnlineTracker(CONFIRM_AT_ONCE);
        float[] a = unit(1, 0.5f, 0);
        float[] b = unit(1, -0.5f, 0);
        tracker.update(0, new BoundingBox[] {box(10, 10)}, new float[][] {a});
        tracker.update(1, new BoundingBox[] {box(10, 10)}, new float[][] {b});
        assertArrayEquals(new float[] {1, 0, 0}, tracker.tracklets().getFirst().meanEmbedding(), 1e-6f);
    }

    @Test
    void rejectsBadInputNamingTheFrame() {
        OnlineTracker tracker = new OnlineTracker(TrackerSettings.DEFAULT);
        tracker.update(5, new BoundingBox[] {box(10, 10)}, new float[][] {RED});
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> tracker.update(5, new BoundingBox[0], new float[0][]));
        assertTrue(order.getMessage().contains("Frame 5"), order.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> tracker.update(6, new BoundingBox[] {box(1, 1)}, new float[0][]));
        assertTrue(count.getMessage().contains("Frame 6"), count.getMessage());
        IllegalArgumentException dimension = assertThrows(IllegalArgumentException.class,
                () -> tracker.update(7, new BoundingBox[] {box(1, 1)}, new float[][] {{1, 0}}));
        assertTrue(dimension.getMessage().contains("Embedding 0 of frame 7"), dimension.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrackerSettings.DEFAULT.withHitsToConfirm(0));
    }

    /** A 40 x 100 person box with its top-left corner at (x, y). */
    private static BoundingBox box(double x, double y) {
        return new BoundingBox(x, y, 40, 100);
    }

    private static float[] unit(float... values) {
        return Vectors.normalizeInPlace(values);
    }
}
