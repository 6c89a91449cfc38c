package org.sightline.engine.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.VideoDecodeException;
import org.sightline.core.video.VideoFrame;

class FfmpegFrameSourceTest {

    @TempDir
    Path temp;

    @Test
    void decodesEveryFrameOfTheTestVideoWithIncreasingTimes() {
        long start = System.nanoTime();
        List<VideoFrame> frames = new ArrayList<>();
        try (var source = new FfmpegFrameSource(PetsVideo.file(), FrameSampling.everyFrame())) {
            assertEquals(480, source.width());
            assertEquals(360, source.height());
            assertEquals(10.0, source.frameRate(), 1e-9);
            assertTrue(Math.abs(source.estimatedFrameCount() - PetsVideo.FRAMES) <= 3, "estimate "
                    + source.estimatedFrameCount());
            for (VideoFrame frame : source) {
                frames.add(new VideoFrame(frame.index(), frame.timestampMs(), frame.image()));
            }
        }
        System.out.printf("FfmpegFrameSource: %d frames 480x360 opened and decoded to RGB in %.0f ms%n",
                frames.size(), (System.nanoTime() - start) / 1e6);
        assertEquals(PetsVideo.FRAMES, frames.size());
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(i, frames.get(i).index());
            if (i > 0) {
                assertEquals(100, frames.get(i).timestampMs() - frames.get(i - 1).timestampMs(), "step at " + i);
            }
        }
        assertLooksLikeAPicture(frames.get(0).image());
        assertLooksLikeAPicture(frames.get(400).image());
    }

    static void assertLooksLikeAPicture(RgbImage image) {
        double sum = 0;
        double sumSquares = 0;
        for (byte b : image.pixels()) {
            int v = b & 0xFF;
            sum += v;
            sumSquares += (double) v * v;
        }
        double mean = sum / image.pixels().length;
        double deviation = Math.sqrt(sumSquares / image.pixels().length - mean * mean);
        assertTrue(mean > 30 && mean < 225, "mean brightness " + mean);
        assertTrue(deviation > 10, "brightness deviation " + deviation + " (flat image?)");
    }

    @Test
    void everyFifthFrameAndTwoFramesPerSecondKeepTheSameFrames() {
        List<Long> everyFifth = indices(FrameSampling.everyNthFrame(5));
        List<Long> twoPerSecond = indices(FrameSampling.framesPerSecond(2));
        assertEquals(159, everyFifth.size());
        assertEquals(790, everyFifth.get(158));
        assertEquals(everyFifth, twoPerSecond);
    }

    private static List<Long> indices(FrameSampling sampling) {
        List<Long> indices = new ArrayList<>();
        try (var source = new FfmpegFrameSource(PetsVideo.file(), sampling)) {
            assertEquals(159, source.estimatedSampledFrameCount(), 1);
            source.forEach(frame -> indices.add(frame.index()));
        }
        return indices;
    }

    @Test
    void seekingToAFrameGivesTheSamePixelsAsDecodingUpToIt() {
        RgbImage decoded = null;
        try (var source = new FfmpegFrameSource(PetsVideo.file(), FrameSampling.everyFrame())) {
            for (VideoFrame frame : source) {
                if (frame.index() == 400) {
                    decoded = frame.image();
                    break;
                }
            }
        }
        try (var source = new FfmpegFrameSource(PetsVideo.file(), FrameSampling.everyFrame())) {
            source.seekToFrame(400);
            VideoFrame sought = source.nextFrame().orElseThrow();
            assertEquals(400, sought.index());
            assertEquals(40_200, sought.timestampMs());
            assertArrayEquals(decoded.pixels(), sought.image().pixels(), "pixels of frame 400 after seeking");
            source.seekToTimestamp(10_250);
            VideoFrame byTime = source.nextFrame().orElseThrow();
            assertEquals(10_300, byTime.timestampMs());
            assertEquals(101, byTime.index());
        }
    }

    @Test
    void truncatedVideoDeliversItsFramesThenNamesWhereItBroke() throws IOException {
        byte[] whole = Files.readAllBytes(PetsVideo.file());
        Path truncated = temp.resolve("truncated.avi");
        Files.write(truncated, java.util.Arrays.copyOf(whole, (int) (whole.length * 0.4)));
        List<Long> delivered = new ArrayList<>();
        try (var source = new FfmpegFrameSource(truncated, FrameSampling.everyFrame())) {
            var error = assertThrows(VideoDecodeException.class, () -> source.forEach(f -> delivered.add(f.index())));
            assertTrue(delivered.size() > 100 && delivered.size() < 500, delivered.size() + " frames");
            // The demuxer reads a few packets ahead of the decoder, so the break is reported at or
            // just before the last delivered frame.
            assertTrue(error.frameIndex() > delivered.size() - 10 && error.frameIndex() <= delivered.size(),
                    "break at " + error.frameIndex() + " after " + delivered.size() + " frames");
            assertEquals(truncated.toString(), error.source());
            assertTrue(error.getMessage().contains(truncated.toString()) && error.getMessage().contains("truncated"),
                    error.getMessage());
            System.out.println("FfmpegFrameSource: " + error.getMessage());
            assertTrue(source.nextFrame().isEmpty(), "after the failure the source is at its end");
        }
    }

    @Test
    void garbageFileFailsBeforeTheFirstFrameNamingTheFile() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Path garbage = temp.resolve("garbage.mp4");
        Files.write(garbage, noise);
        var error = assertThrows(VideoDecodeException.class,
                () -> new FfmpegFrameSource(garbage, FrameSampling.everyFrame()).close());
        assertEquals(VideoDecodeException.BEFORE_FIRST_FRAME, error.frameIndex());
        assertTrue(error.getMessage().contains(garbage.toString()), error.getMessage());
        System.out.println("FfmpegFrameSource: " + error.getMessage());

        var missing = assertThrows(VideoDecodeException.class,
                () -> new FfmpegFrameSource(temp.resolve("absent.avi"), FrameSampling.everyFrame()));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }
}
