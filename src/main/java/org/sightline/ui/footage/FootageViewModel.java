package org.sightline.ui.footage;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.video.VideoFrame;

/**
 * The frame viewer: one source's current frame, the people detected in it, play/pause, step and
 * seek. Decoding runs on a {@link FrameDecoder} thread; everything here changes on the UI thread.
 * While playing, {@link #tick} (called every display pulse) shows queued frames at the video's rate.
 */
public final class FootageViewModel implements AutoCloseable {
    public static final String NO_DECODER = "Frames cannot be shown: this build has no video decoder";

    private final FrameSourceOpener opener;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VideoFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DetectionRow> boxes = FXCollections.observableArrayList();
    private final ObservableList<DetectionRow> readOnlyBoxes = FXCollections.unmodifiableObservableList(boxes);
    private final ReadOnlyLongWrapper frameIndex = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyLongWrapper lastFrame = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper analysed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObjectProperty<DetectionRow> selected = new SimpleObjectProperty<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private FrameDecoder decoder;
    private double frameRate = 25;
    private long generation;
    private int stillsWanted;
    private long nextDueNanos;
    private long selectWhenShown = -1;

    /** @param opener opens a source's decoder; null where no decoder is available */
    public FootageViewModel(FrameSourceOpener opener, Executor uiThread) {
        this.opener = opener;
        this.uiThread = uiThread;
    }

    /** Shows the first frame of {@code shown} (a video or frame folder), or nothing for null or a gallery. */
    public void show(CaseStore store, Source shown) {
        stopDecoder();
        source.set(shown);
        frame.set(null);
        boxes.clear();
        selected.set(null);
        frameIndex.set(-1);
        lastFrame.set(-1);
        if (shown == null || store == null) {
            status.set("");
            return;
        }
        if (shown.kind() == SourceKind.IMAGE_GALLERY) {
            status.set(shown.label() + " is a gallery of person crops: it has no frames to play");
            return;
        }
        if (opener == null) {
            status.set(NO_DECODER);
            return;
        }
        status.set("Opening " + shown.label() + "…");
        DecoderEvents events = new DecoderEvents();
        decoder = new FrameDecoder(shown, opener, new CaseFrameFacts(new Footage(store), shown.id()), events);
        events.owner = decoder;
        seek(0);
    }

    /** Shows frame {@code index} of {@code target} (opening it when another source is shown) and selects a detection there. */
    public void jumpTo(CaseStore store, Source target, long index, long detectionId) {
        if (source.get() == null || source.get().id() != target.id() || decoder == null) {
            show(store, target);
        }
        selectWhenShown = detectionId;
        seek(index);
    }

    public void seek(long index) {
        if (decoder == null) {
            return;
        }
        long bounded = lastFrame.get() >= 0 ? Math.min(index, lastFrame.get()) : index;
        generation = decoder.seek(Math.max(0, bounded));
        stillsWanted = 1;
    }

    /** One frame forward ({@code delta} 1) or back (any other delta: seeks there); pauses playback. */
    public void step(int delta) {
        if (decoder == null) {
            return;
        }
        pause();
        long current = Math.max(0, frameIndex.get());
        if (delta == 1) {
            DecodedFrame queued = decoder.poll();
            if (queued != null) {
                present(queued);
            } else {
                stillsWanted++;
                decoder.step();
            }
        } else {
            seek(current + delta);
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (decoder == null || playing.get()) {
            return;
        }
        if (lastFrame.get() >= 0 && frameIndex.get() >= lastFrame.get()) {
            seek(0);
        }
        playing.set(true);
        nextDueNanos = 0;
        decoder.play(true);
    }

    public void pause() {
        if (decoder != null && playing.get()) {
            decoder.play(false);
        }
        playing.set(false);
    }

    /** Shows the next queued frame when one is due: at once for a seek or step, at the frame rate while playing. */
    public void tick(long nowNanos) {
        if (decoder == null) {
            return;
        }
        if (playing.get()) {
            if (nowNanos < nextDueNanos) {
                return;
            }
            DecodedFrame next = decoder.poll();
            if (next != null) {
                present(next);
                long period = Math.round(1e9 / frameRate);
                nextDueNanos = Math.max(nextDueNanos + period, nowNanos - period);
            }
        } else if (stillsWanted > 0) {
            DecodedFrame next = decoder.poll();
            if (next != null) {
                stillsWanted--;
                present(next);
            }
        }
    }

    private void present(DecodedFrame decoded) {
        frame.set(decoded.frame());
        frameIndex.set(decoded.index());
        analysed.set(decoded.analysed());
        boxes.setAll(decoded.detections());
        DetectionRow current = selected.get();
        Optional<DetectionRow> keep = decoded.detections().stream().filter(d -> selectWhenShown >= 0
                ? d.id() == selectWhenShown : current != null && current.trackId().isPresent()
                && d.trackId().equals(current.trackId())).findFirst();
        if (selectWhenShown >= 0) {
            keep.ifPresent(selected::set);
            selectWhenShown = -1;
        } else if (keep.isPresent() && playing.get()) {
            selected.set(keep.get());
        }
        status.set(describe(decoded));
    }

    private String describe(DecodedFrame decoded) {
        String of = lastFrame.get() >= 0 ? " of " + (lastFrame.get() + 1) : "";
        String time = VideoFrame.formatTimestamp(decoded.frame().timestampMs());
        String people = !decoded.analysed() ? "not analysed (the ingest skipped or has not reached this frame)"
                : decoded.detections().size() == 1 ? "1 person" : decoded.detections().size() + " people";
        return String.format(Locale.ROOT, "Frame %d%s · %s · %s", decoded.index() + 1, of, time, people);
    }

    /** The smallest box of the shown frame containing the point (frame pixels), if any. */
    public Optional<DetectionRow> detectionAt(double x, double y) {
        return boxes.stream().filter(d -> contains(d.box(), x, y))
                .min(java.util.Comparator.comparingDouble(d -> d.box().width() * d.box().height()));
    }

    private static boolean contains(BoundingBox box, double x, double y) {
        return x >= box.x() && y >= box.y() && x <= box.x() + box.width() && y <= box.y() + box.height();
    }

    public void select(DetectionRow detection) {
        selected.set(detection);
    }

    private void stopDecoder() {
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
        playing.set(false);
        stillsWanted = 0;
        selectWhenShown = -1;
    }

    @Override
    public void close() {
        stopDecoder();
    }

    /** Decoder callbacks, moved to the UI thread; stale ones (another source since) are ignored. */
    private final class DecoderEvents implements FrameDecoder.Listener {
        private volatile FrameDecoder owner;

        private boolean current() {
            return owner != null && owner == decoder;
        }

        @Override
        public void opened(FrameDecoder.Info info) {
            uiThread.execute(() -> {
                if (!current()) {
                    return;
                }
                if (info.frameRate() > 0) {
                    frameRate = info.frameRate();
                }
                lastFrame.set(info.frameCount() > 0 ? info.frameCount() - 1 : -1);
            });
        }

        @Override
        public void frameReady() {
            if (drainScheduled.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    drainScheduled.set(false);
                    if (current() && !playing.get()) {
                        tick(System.nanoTime());
                    }
                });
            }
        }

        @Override
        public void ended() {
            uiThread.execute(() -> {
                if (current()) {
                    playing.set(false);
                }
            });
        }

        @Override
        public void failed(RuntimeException failure) {
            uiThread.execute(() -> {
                if (!current()) {
                    return;
                }
                playing.set(false);
                status.set("Cannot decode " + (source.get() == null ? "the source" : source.get().path()) + ": "
                        + org.sightline.ui.common.Problem.reasonOf(failure));
            });
        }
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VideoFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The people of the shown frame. */
    public ObservableList<DetectionRow> boxes() {
        return readOnlyBoxes;
    }

    public ReadOnlyLongProperty frameIndexProperty() {
        return frameIndex.getReadOnlyProperty();
    }

    /** Index of the source's last frame as its container states it; -1 when unknown. */
    public ReadOnlyLongProperty lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysedProperty() {
        return analysed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The detection picked by a click (or a jump), shown in the inspector. */
    public ObjectProperty<DetectionRow> selectedProperty() {
        return selected;
    }

}
