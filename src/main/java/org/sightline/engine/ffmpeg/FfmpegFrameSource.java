package org.sightline.engine.ffmpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;
import org.sightline.core.video.VideoDecodeException;
import org.sightline.core.video.VideoFrame;

/**
 * A video file decoded with FFmpeg (JavaCV's FFmpegFrameGrabber), frames converted to RGB by
 * FFmpeg's scaler. FFmpeg's native libraries are unpacked by JavaCPP on first use into
 * {@code ~/.javacpp/cache} or the folder in system property {@code org.bytedeco.javacpp.cachedir}.
 *
 * <p>FFmpeg does not fail on a truncated or damaged file: its demuxer logs the damage and decoding
 * goes on or stops early. Iteration therefore delivers every decodable frame and then throws a
 * {@link VideoDecodeException} at the end, naming the frame where the demuxer first reported damage
 * (see {@link FfmpegDamageLog}) or, failing that, where the video stopped well short of the
 * duration the container states. Picture errors that the decoder conceals are not detected.
 */
public final class FfmpegFrameSource implements FrameSource {

    /** How far short of the stated duration the last frame may end without being called truncated. */
    private static final long MIN_SHORTFALL_US = 1_000_000;

    static {
        FfmpegDamageLog.install();
    }

    private final Path file;
    private final FrameSampling sampling;
    private final FFmpegFrameGrabber grabber;
    private final double frameRate;
    private final long durationUs;
    private final long stampedFrameCount;
    private final long firstTimestampUs;
    private final TimestampRepair timestamps;
    private final AutoCloseable damageWatch;
    private FrameSampling.Sampler sampler;
    private VideoFrame pending;
    private volatile long nextIndex;
    private boolean ended;
    /** First damage FFmpeg logged while reading, with the frame it happened at; null when none. */
    private volatile VideoDecodeException damage;
    /** After a seek: frames before this time are skipped and the next index follows from its time. */
    private long seekTargetUs = -1;

    public FfmpegFrameSource(Path file, FrameSampling sampling) {
        this.file = file;
        this.sampling = sampling;
        if (!Files.isRegularFile(file)) {
            throw failure(VideoDecodeException.BEFORE_FIRST_FRAME, 0, "no such file", null);
        }
        grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            grabber.start();
            if (!grabber.hasVideo() || grabber.getImageWidth() <= 0) {
                throw failure(VideoDecodeException.BEFORE_FIRST_FRAME, 0, "the file has no video stream", null);
            }
            double stated = grabber.getVideoFrameRate();
            frameRate = stated > 0 && Double.isFinite(stated) ? stated : 25;
            durationUs = grabber.getLengthInTime();
            stampedFrameCount = grabber.getLengthInVideoFrames();
            timestamps = new TimestampRepair(frameRate);
            damageWatch = FfmpegDamageLog.watch(grabber.getFormatContext(), this::recordDamage);
            Frame first = grabber.grabImage();
            if (first == null) {
                throw failure(VideoDecodeException.BEFORE_FIRST_FRAME, 0, "FFmpeg found no decodable video frame", null);
            }
            firstTimestampUs = timestamps.repair(first.timestamp);
            sampler = sampling.startAt(firstTimestampUs / 1000);
            pending = new VideoFrame(0, firstTimestampUs / 1000, RgbFrames.toRgbImage(first));
            nextIndex = 1;
        } catch (FrameGrabber.Exception e) {
            closeQuietly();
            throw failure(VideoDecodeException.BEFORE_FIRST_FRAME, 0, "FFmpeg cannot open it as a video ("
                    + withoutJavacvHints(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void recordDamage(String message) {
        if (damage == null) {
            long index = nextIndex;
            damage = failure(index, timestamps.last() < 0 ? 0 : nextTimestampUs() / 1000,
                    "FFmpeg reported damaged data (" + message + "); the file is truncated or corrupt", null);
        }
    }

    /** JavaCV appends developer hints ("Has setFormat() been called?") that mean nothing to a user. */
    private static String withoutJavacvHints(String message) {
        if (message == null) {
            return "no details";
        }
        for (String hint : new String[] {" (Has setFormat()", " (For more details"}) {
            int at = message.indexOf(hint);
            message = at < 0 ? message : message.substring(0, at);
        }
        return message;
    }

    private VideoDecodeException failure(long index, long timestampMs, String problem, Throwable cause) {
        return new VideoDecodeException(file.toString(), index, timestampMs, problem, cause);
    }

    @Override
    public Optional<VideoFrame> nextFrame() {
        if (pending != null) {
            VideoFrame frame = pending;
            pending = null;
            if (sampler.keeps(frame.index(), frame.timestampMs())) {
                return Optional.of(frame);
            }
        }
        while (!ended) {
            Frame frame = grab();
            if (frame == null) {
                ended = true;
                checkNotTruncated();
                return Optional.empty();
            }
            long timestampUs = timestamps.repair(frame.timestamp);
            if (seekTargetUs >= 0) {
                if (timestampUs < seekTargetUs - 1000) {
                    continue;
                }
                nextIndex = Math.round((timestampUs - firstTimestampUs) * frameRate / 1e6);
                seekTargetUs = -1;
            }
            long index = nextIndex++;
            long timestampMs = timestampUs / 1000;
            if (sampler.keeps(index, timestampMs)) {
                return Optional.of(new VideoFrame(index, timestampMs, RgbFrames.toRgbImage(frame)));
            }
        }
        return Optional.empty();
    }

    private Frame grab() {
        try {
            return grabber.grabImage();
        } catch (FrameGrabber.Exception e) {
            ended = true;
            throw failure(nextIndex, nextTimestampUs() / 1000, "FFmpeg failed to decode (" + e.getMessage() + ")", e);
        }
    }

    private long nextTimestampUs() {
        return timestamps.last() < 0 ? firstTimestampUs : timestamps.last() + Math.round(1e6 / frameRate);
    }

    private void checkNotTruncated() {
        if (damage != null) {
            throw damage;
        }
        long endUs = nextTimestampUs();
        long allowedShortfall = Math.max(MIN_SHORTFALL_US, durationUs / 50);
        if (durationUs > 0 && endUs < durationUs - allowedShortfall) {
            String expected = VideoFrame.formatTimestamp(durationUs / 1000)
                    + (stampedFrameCount > 0 ? ", " + stampedFrameCount + " frames" : "");
            throw failure(nextIndex, endUs / 1000, "the video ends here but the file states a length of "
                    + expected + "; the file is truncated or damaged", null);
        }
    }

    @Override
    public void seekToFrame(long frameIndex) {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("Cannot seek to negative frame " + frameIndex + " in " + file);
        }
        seek(firstTimestampUs + Math.round(frameIndex * 1e6 / frameRate), frameIndex);
    }

    @Override
    public void seekToTimestamp(long timestampMs) {
        long targetUs = Math.max(timestampMs * 1000, firstTimestampUs);
        seek(targetUs, Math.round((targetUs - firstTimestampUs) * frameRate / 1e6));
    }

    private void seek(long targetUs, long frameIndex) {
        try {
            grabber.setVideoTimestamp(targetUs);
        } catch (FrameGrabber.Exception e) {
            throw failure(frameIndex, targetUs / 1000, "FFmpeg cannot seek there (" + e.getMessage() + ")", e);
        }
        pending = null;
        ended = false;
        nextIndex = frameIndex;
        seekTargetUs = targetUs;
        timestamps.reset(-1);
        sampler = sampling.startAt(targetUs / 1000);
    }

    @Override
    public void close() {
        try {
            damageWatch.close();
            grabber.close();
        } catch (Exception e) {
            throw failure(nextIndex, nextTimestampUs() / 1000, "FFmpeg failed to release the decoder ("
                    + e.getMessage() + ")", e);
        }
    }

    private void closeQuietly() {
        try {
            if (damageWatch != null) {
                damageWatch.close();
            }
            grabber.close();
        } catch (Exception suppressed) {
            // Opening already failed; that failure is the one to report.
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public int width() {
        return grabber.getImageWidth();
    }

    @Override
    public int height() {
        return grabber.getImageHeight();
    }

    @Override
    public double frameRate() {
        return frameRate;
    }

    @Override
    public long estimatedFrameCount() {
        if (stampedFrameCount > 0) {
            return stampedFrameCount;
        }
        return durationUs > 0 ? Math.round(durationUs * frameRate / 1e6) : -1;
    }

    @Override
    public FrameSampling sampling() {
        return sampling;
    }
}
