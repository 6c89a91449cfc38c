package org.sightline.ui.footage;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.sightline.core.cases.Source;
import org.sightline.core.video.FrameSource;
import org.sightline.core.video.VideoFrame;

/**
 * Decodes one source on its own thread, which alone opens, reads and closes the
 * {@link FrameSource}. While playing it keeps up to {@link #QUEUE_FRAMES} frames decoded ahead of
 * the display; paused, it decodes only what a seek or step asks for. A seek starts a new
 * generation: frames of older generations are dropped, so quick slider drags never queue up work.
 */
final class FrameDecoder implements AutoCloseable {
    static final int QUEUE_FRAMES = 4;

    /** What the decoder says about the source once open. */
    record Info(int width, int height, double frameRate, long frameCount) {
    }

    /** Called on the decoder thread. */
    interface Listener {
        void opened(Info info);

        void frameReady();

        void ended();

        void failed(RuntimeException failure);
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<DecodedFrame> queue = new ArrayDeque<>();
    private long generation;
    private long seekTarget = -1;
    private int steps;
    private boolean playing;
    private boolean closed;

    FrameDecoder(Source source, FrameSourceOpener opener, FrameFacts facts, Listener listener) {
        Thread.ofPlatform().daemon().name("sightline-decoder-" + source.id())
                .start(() -> run(source, opener, facts, listener));
    }

    /** Drops what is queued and decodes from frame {@code index} on; returns the new generation. */
    long seek(long index) {
        lock.lock();
        try {
            generation++;
            queue.clear();
            seekTarget = Math.max(0, index);
            steps = 1;
            changed.signalAll();
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Decodes one more frame after the last one decoded. */
    void step() {
        lock.lock();
        try {
            steps++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void play(boolean on) {
        lock.lock();
        try {
            playing = on;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest queued frame of the current generation, removed; null when none is ready. */
    DecodedFrame poll() {
        lock.lock();
        try {
            DecodedFrame next;
            while ((next = queue.poll()) != null && next.generation() != generation) {
                // stale: decoded before the latest seek
            }
            changed.signalAll();
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread, which then closes the source; does not wait for a frame being decoded. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run(Source source, FrameSourceOpener opener, FrameFacts facts, Listener listener) {
        try (FrameSource frames = opener.open(source)) {
            listener.opened(new Info(frames.width(), frames.height(), frames.frameRate(), frames.estimatedFrameCount()));
            boolean atEnd = false;
            while (true) {
                long target;
                long current;
                lock.lock();
                try {
                    while (!closed && seekTarget < 0 && steps == 0 && !(playing && queue.size() < QUEUE_FRAMES)) {
                        changed.await();
                    }
                    if (closed) {
                        return;
                    }
                    target = seekTarget;
                    seekTarget = -1;
                    current = generation;
                    if (steps > 0) {
                        steps--;
                    }
                } finally {
                    lock.unlock();
                }
                if (target >= 0) {
                    frames.seekToFrame(target);
                    atEnd = false;
                }
                Optional<VideoFrame> next = atEnd ? Optional.empty() : frames.nextFrame();
                if (next.isEmpty()) {
                    atEnd = true;
                    endReached(current);
                    listener.ended();
                    continue;
                }
                long index = next.get().index();
                DecodedFrame decoded = new DecodedFrame(current, next.get(), facts.detectionsAt(index),
                        facts.analysed(index));
                if (offer(decoded)) {
                    listener.frameReady();
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            if (!isClosed()) {
                listener.failed(failure);
            }
        }
    }

    private boolean offer(DecodedFrame decoded) {
        lock.lock();
        try {
            if (closed || decoded.generation() != generation) {
                return false;
            }
            queue.add(decoded);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void endReached(long current) {
        lock.lock();
        try {
            if (current == generation) {
                playing = false;
                steps = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
