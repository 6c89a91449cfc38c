package org.sightline.engine.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.VideoFrame;

/** Writes small clips with FFmpeg's encoders at test time and decodes them again. */
class FfmpegContainerTest {

    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;
    private static final int FRAMES = 30;

    @TempDir
    Path temp;

    @BeforeAll
    static void reportEncoders() {
        FfmpegDamageLog.install();
        List<String> found = new ArrayList<>();
        for (String name : List.of("libx264", "libopenh264", "mpeg4", "mjpeg", "ffv1", "libx265", "libvpx-vp9", "libaom-av1")) {
            found.add(name + (avcodec.avcodec_find_encoder_by_name(name) != null ? "=yes" : "=no"));
        }
        System.out.println("FFmpeg encoders in this build: " + String.join(", ", found));
    }

    @Test
    void mp4WithH264DecodesEveryFrame() throws Exception {
        boolean openH264 = avcodec.avcodec_find_encoder_by_name("libopenh264") != null;
        Path clip = temp.resolve("clip.mp4");
        write(clip, "mp4", openH264 ? "libopenh264" : "mpeg4", avutil.AV_PIX_FMT_YUV420P);
        assertDecodesLikeTheOriginal(clip, openH264 ? "h264" : "mpeg4");
    }

    @Test
    void mkvWithMjpegDecodesEveryFrame() throws Exception {
        Path clip = temp.resolve("clip.mkv");
        write(clip, "matroska", "mjpeg", avutil.AV_PIX_FMT_YUVJ420P);
        assertDecodesLikeTheOriginal(clip, "mjpeg");
    }

    @Test
    void movWithMpeg4DecodesEveryFrame() throws Exception {
        Path clip = temp.resolve("clip.mov");
        write(clip, "mov", "mpeg4", avutil.AV_PIX_FMT_YUV420P);
        assertDecodesLikeTheOriginal(clip, "mpeg4");
    }

    @Test
    void aviWithMpeg4Part2DecodesEveryFrame() throws Exception {
        Path clip = temp.resolve("clip.avi");
        write(clip, "avi", "mpeg4", avutil.AV_PIX_FMT_YUV420P);
        assertDecodesLikeTheOriginal(clip, "mpeg4");
    }

    /** This FFmpeg build decodes H.265 but has no encoder for it; a system ffmpeg with libx265 makes the clip. */
    @Test
    void mp4WithH265DecodesEveryFrame() throws Exception {
        Path ffmpeg = Path.of("/usr/bin/ffmpeg");
        Assumptions.assumeTrue(Files.isExecutable(ffmpeg),
                "no /usr/bin/ffmpeg (Debian package ffmpeg, with libx265) to make an H.265 clip");
        Path frames = temp.resolve("frames.mkv");
        write(frames, "matroska", "ffv1", avutil.AV_PIX_FMT_YUV420P);
        Path clip = temp.resolve("clip-h265.mp4");
        Process process = new ProcessBuilder(ffmpeg.toString(), "-v", "error", "-y", "-i", frames.toString(),
                "-c:v", "libx265", "-x265-params", "log-level=error", "-crf", "18", "-pix_fmt", "yuv420p",
                clip.toString()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Assertions.assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not finish in 60 s");
        Assumptions.assumeTrue(process.exitValue() == 0 || !log.contains("Unknown encoder"),
                "/usr/bin/ffmpeg has no libx265: " + log);
        assertEquals(0, process.exitValue(), log);
        assertDecodesLikeTheOriginal(clip, "hevc");
    }

    @Test
    void truncatedMkvIsReportedAfterItsFrames() throws Exception {
        Path whole = temp.resolve("whole.mkv");
        write(whole, "matroska", "mjpeg", avutil.AV_PIX_FMT_YUVJ420P);
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        Path cut = temp.resolve("cut.mkv");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));
        List<Long> delivered = new ArrayList<>();
        try (var source = new FfmpegFrameSource(cut, FrameSampling.everyFrame())) {
            var error = org.junit.jupiter.api.Assertions.assertThrows(
                    org.sightline.core.video.VideoDecodeException.class,
                    () -> source.forEach(frame -> delivered.add(frame.index())));
            System.out.println("FfmpegFrameSource: " + error.getMessage());
            assertTrue(delivered.size() >= 10 && delivered.size() < FRAMES, delivered.size() + " frames");
            assertTrue(error.getMessage().contains(cut.toString()), error.getMessage());
        }
    }

    private static void write(Path file, String format, String encoder, int pixelFormat) throws Exception {
        try (var recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0)) {
            recorder.setFormat(format);
            recorder.setVideoCodecName(encoder);
            recorder.setPixelFormat(pixelFormat);
            recorder.setFrameRate(10);
            recorder.setVideoBitrate(2_000_000);
            recorder.start();
            for (int i = 0; i < FRAMES; i++) {
                recorder.record(syntheticFrame(i), avutil.AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
    }

    /** A horizontal gray ramp with a bright square moving right, so frames differ. */
    private static Frame syntheticFrame(int index) {
        Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                boolean square = x >= index * 4 && x < index * 4 + 24 && y >= 40 && y < 64;
                int offset = y * frame.imageStride + x * 3;
                pixels.put(offset, (byte) (square ? 250 : x));
                pixels.put(offset + 1, (byte) (square ? 250 : x));
                pixels.put(offset + 2, (byte) (square ? 30 : x));
            }
        }
        return frame;
    }

    private static void assertDecodesLikeTheOriginal(Path clip, String codec) {
        List<VideoFrame> frames = new ArrayList<>();
        try (var source = new FfmpegFrameSource(clip, FrameSampling.everyFrame())) {
            assertEquals(WIDTH, source.width());
            assertEquals(HEIGHT, source.height());
            source.forEach(frames::add);
        }
        System.out.printf("FfmpegFrameSource: %s (%s) gave %d of %d frames%n", clip.getFileName(), codec,
                frames.size(), FRAMES);
        assertEquals(FRAMES, frames.size());
        for (VideoFrame frame : frames) {
            int i = (int) frame.index();
            byte[] original = new byte[WIDTH * HEIGHT * 3];
            ((ByteBuffer) syntheticFrame(i).image[0]).get(0, original);
            double error = meanAbsoluteDifference(original, frame.image().pixels());
            assertTrue(error < 12, "frame " + i + " of " + clip.getFileName() + " differs by " + error);
        }
    }

    private static double meanAbsoluteDifference(byte[] a, byte[] b) {
        long total = 0;
        for (int i = 0; i < a.length; i++) {
            total += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return (double) total / a.length;
    }
}
