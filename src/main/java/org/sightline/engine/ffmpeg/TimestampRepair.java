package org.sightline.engine.ffmpeg;

/**
 * Keeps frame times increasing. FFmpeg hands out frames without a time (JavaCV reports 0), for
 * instance those flushed from the decoder at the end of an AVI; they get the previous time plus
 * one frame duration.
 */
final class TimestampRepair {

    private final long frameDurationUs;
    private long lastUs = -1;

    TimestampRepair(double frameRate) {
        this.frameDurationUs = Math.round(1e6 / frameRate);
    }

    long repair(long timestampUs) {
        long fixed = lastUs >= 0 && timestampUs <= lastUs ? lastUs + frameDurationUs : timestampUs;
        lastUs = fixed;
        return fixed;
    }

    /** The last repaired time, or -1 before the first frame. */
    long last() {
        return lastUs;
    }

    void reset(long lastUs) {
        this.lastUs = lastUs;
    }
}
