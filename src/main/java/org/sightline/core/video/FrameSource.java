package org.sightline.core.video;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Decoded frames of one video file or frame folder, in order, filtered by a {@link FrameSampling}.
 * Single-threaded: use one source per thread. Close it to release the decoder.
 *
 * <p>Iteration (for-each) delivers every frame that could be decoded; when the source breaks
 * (truncated or corrupt), the frames before the break come first and then
 * {@link VideoDecodeException} is thrown, naming the file and position.
 */
public interface FrameSource extends AutoCloseable, Iterable<VideoFrame> {

    /** The file or folder path, for messages. */
    String name();

    int width();

    int height();

    /** Frames per second as the container states it (a frame folder: as configured). */
    double frameRate();

    /** Frames in the whole source as far as the container says; -1 when unknown. */
    long estimatedFrameCount();

    FrameSampling sampling();

    /**
     * The next frame the sampling keeps, or empty at the end.
     *
     * @throws VideoDecodeException when decoding fails here; later calls return empty
     */
    Optional<VideoFrame> nextFrame();

    /**
     * Continue from the frame with this index (resume). For videos the index is derived from
     * the timestamp and frame rate, which is exact for constant-frame-rate video.
     */
    void seekToFrame(long frameIndex);

    /** Continue from the first frame at or after this time. */
    void seekToTimestamp(long timestampMs);

    /** Releases the decoder; does not throw for a source that was read normally. */
    @Override
    void close();

    /** About how many frames iteration delivers with the current sampling; -1 when unknown. */
    default long estimatedSampledFrameCount() {
        return sampling().estimateKept(estimatedFrameCount(), frameRate());
    }

    @Override
    default Iterator<VideoFrame> iterator() {
        return new Iterator<>() {
            private VideoFrame next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = nextFrame().orElse(null);
                }
                return next != null;
            }

            @Override
            public VideoFrame next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("No more frames in " + name());
                }
                VideoFrame frame = next;
                next = null;
                return frame;
            }
        };
    }
}
