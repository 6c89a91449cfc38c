package org.sightline.core.video;

/**
 * A video, or an image in a frame folder, could not be decoded. Names the source and where it broke;
 * frames before that point have already been delivered. Unchecked so that a {@link FrameSource}
 * can be used in a for-each loop.
 */
public class VideoDecodeException extends RuntimeException {

    /** Position when the failure happened before any frame: opening the source. */
    public static final long BEFORE_FIRST_FRAME = -1;

    private final String source;
    private final long frameIndex;
    private final long timestampMs;

    public VideoDecodeException(String source, long frameIndex, long timestampMs, String problem, Throwable cause) {
        super(describe(source, frameIndex, timestampMs, problem), cause);
        this.source = source;
        this.frameIndex = frameIndex;
        this.timestampMs = timestampMs;
    }

    public VideoDecodeException(String source, long frameIndex, long timestampMs, String problem) {
        this(source, frameIndex, timestampMs, problem, null);
    }

    private static String describe(String source, long frameIndex, long timestampMs, String problem) {
        String where = frameIndex == BEFORE_FIRST_FRAME
                ? "before the first frame"
                : "at frame " + frameIndex + " (" + VideoFrame.formatTimestamp(timestampMs) + ")";
        return "Cannot decode " + source + " " + where + ": " + problem;
    }

    /** The file or folder path. */
    public String source() {
        return source;
    }

    /** Index of the frame that could not be decoded, or {@link #BEFORE_FIRST_FRAME}. */
    public long frameIndex() {
        return frameIndex;
    }

    /** Time of that frame in milliseconds (0 when before the first frame). */
    public long timestampMs() {
        return timestampMs;
    }
}
