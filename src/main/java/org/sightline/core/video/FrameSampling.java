package org.sightline.core.video;

/**
 * Which decoded frames a {@link FrameSource} delivers: every frame, every Nth frame by index, or
 * about N frames per second of video time (the first frame at or after each due time).
 */
public record FrameSampling(Mode mode, double value) {

    public enum Mode { EVERY_NTH_FRAME, FRAMES_PER_SECOND }

    public FrameSampling {
        if (mode == Mode.EVERY_NTH_FRAME && (value < 1 || value != Math.rint(value))) {
            throw new IllegalArgumentException("Every-Nth-frame sampling needs a whole N >= 1, got " + value);
        }
        if (mode == Mode.FRAMES_PER_SECOND && !(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("Frames per second must be positive, got " + value);
        }
    }

    public static FrameSampling everyFrame() {
        return everyNthFrame(1);
    }

    public static FrameSampling everyNthFrame(int n) {
        return new FrameSampling(Mode.EVERY_NTH_FRAME, n);
    }

    public static FrameSampling framesPerSecond(double fps) {
        return new FrameSampling(Mode.FRAMES_PER_SECOND, fps);
    }

    /** A fresh decision state, starting at {@code firstTimestampMs} (after opening or seeking). */
    public Sampler startAt(long firstTimestampMs) {
        return new Sampler(firstTimestampMs);
    }

    /** About how many frames this sampling keeps of a source; -1 when the source length is unknown. */
    public long estimateKept(long sourceFrames, double sourceFrameRate) {
        if (sourceFrames < 0) {
            return -1;
        }
        double step = mode == Mode.EVERY_NTH_FRAME ? value
                : (sourceFrameRate > 0 ? Math.max(1, sourceFrameRate / value) : 1);
        return (long) Math.ceil(sourceFrames / step);
    }

    /** Decides frame by frame; not thread-safe (one per open source). */
    public final class Sampler {
        private double dueMs;

        private Sampler(long firstTimestampMs) {
            this.dueMs = firstTimestampMs;
        }

        public boolean keeps(long frameIndex, long timestampMs) {
            if (mode == Mode.EVERY_NTH_FRAME) {
                return frameIndex % (long) value == 0;
            }
            if (timestampMs + 1e-6 < dueMs) {
                return false;
            }
            double interval = 1000.0 / value;
            while (dueMs <= timestampMs + 1e-6) {
                dueMs += interval;
            }
            return true;
        }
    }
}
