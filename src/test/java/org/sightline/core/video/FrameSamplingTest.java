package org.sightline.core.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSamplingTest {

    private static List<Integer> kept(FrameSampling sampling, int frames, double fps, long firstMs) {
        var sampler = sampling.startAt(firstMs);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            if (sampler.keeps(i, firstMs + Math.round(i * 1000 / fps))) {
                kept.add(i);
            }
        }
        return kept;
    }

    @Test
    void everyNthKeepsIndicesDivisibleByN() {
        assertEquals(List.of(0, 3, 6, 9), kept(FrameSampling.everyNthFrame(3), 11, 25, 0));
        assertEquals(11, kept(FrameSampling.everyFrame(), 11, 25, 0).size());
    }

    @Test
    void framesPerSecondKeepsTheFirstFrameAtOrAfterEachDueTime() {
        assertEquals(List.of(0, 5, 10, 15), kept(FrameSampling.framesPerSecond(2), 20, 10, 200));
        // 29.97 fps to 1 fps: one frame per second of video, never two in the same second.
        List<Integer> perSecond = kept(FrameSampling.framesPerSecond(1), 300, 29.97, 0);
        assertEquals(10, perSecond.size());
        assertEquals(30, perSecond.get(1));
        // Asking for more than the video has keeps every frame.
        assertEquals(10, kept(FrameSampling.framesPerSecond(50), 10, 10, 0).size());
    }

    @Test
    void estimatesTheNumberOfKeptFrames() {
        assertEquals(159, FrameSampling.everyNthFrame(5).estimateKept(795, 10));
        assertEquals(159, FrameSampling.framesPerSecond(2).estimateKept(795, 10));
        assertEquals(-1, FrameSampling.everyFrame().estimateKept(-1, 10));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> FrameSampling.everyNthFrame(0));
        assertThrows(IllegalArgumentException.class, () -> FrameSampling.framesPerSecond(0));
        assertThrows(IllegalArgumentException.class, () -> new FrameSampling(FrameSampling.Mode.EVERY_NTH_FRAME, 2.5));
    }
}
