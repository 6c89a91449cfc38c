package org.sightline.ui.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.FrameRow;

/**
 * Where the selected identity appears: one strip per source with a mark at each frame it is seen
 * in. Loads on {@code background}; results land on {@code uiThread}, the latest request winning.
 * Clicking a mark asks {@code jumper} to show that frame.
 */
public final class TimelineViewModel {
    public static final String NOTHING = "Select a person (in People, or a box in a frame) to see when they appear";

    private final Executor background;
    private final Executor uiThread;
    private final Consumer<TimelineMark> jumper;
    private final ObservableList<TimelineStrip> strips = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NOTHING);
    private final ReadOnlyLongWrapper identity = new ReadOnlyLongWrapper(-1);
    private final AtomicLong request = new AtomicLong();

    public TimelineViewModel(Executor background, Executor uiThread, Consumer<TimelineMark> jumper) {
        this.background = background;
        this.uiThread = uiThread;
        this.jumper = jumper;
    }

    /** Shows where identity {@code identityId} appears in {@code store}. */
    public void show(CaseStore store, long identityId) {
        long mine = request.incrementAndGet();
        identity.set(identityId);
        title.set("Person " + identityId + ": loading…");
        background.execute(() -> {
            try {
                List<TimelineStrip> loaded = load(store, identityId);
                int marks = loaded.stream().mapToInt(s -> s.marks().size()).sum();
                String text = "Person " + identityId + " — seen in " + marks + (marks == 1 ? " frame" : " frames")
                        + " of " + loaded.size() + (loaded.size() == 1 ? " source" : " sources");
                uiThread.execute(() -> {
                    if (request.get() == mine) {
                        strips.setAll(loaded);
                        title.set(text);
                    }
                });
            } catch (RuntimeException failure) {
                uiThread.execute(() -> {
                    if (request.get() == mine) {
                        strips.clear();
                        title.set("Person " + identityId + ": " + org.sightline.ui.common.Problem.reasonOf(failure));
                    }
                });
            }
        });
    }

    public void clear() {
        request.incrementAndGet();
        identity.set(-1);
        strips.clear();
        title.set(NOTHING);
    }

    static List<TimelineStrip> load(CaseStore store, long identityId) {
        Footage footage = new Footage(store);
        Map<Long, List<TimelineMark>> bySource = new LinkedHashMap<>();
        for (Appearance seen : footage.appearances(identityId)) {
            bySource.computeIfAbsent(seen.sourceId(), id -> new ArrayList<>()).add(new TimelineMark(seen.sourceId(),
                    seen.frameIndex(), seen.timestampMs(), seen.detectionId(), seen.trackId()));
        }
        List<TimelineStrip> strips = new ArrayList<>();
        for (Source source : store.sources()) {
            List<TimelineMark> marks = bySource.get(source.id());
            if (marks != null) {
                List<FrameRow> frames = footage.frames(source.id());
                long last = frames.isEmpty() ? marks.getLast().frameIndex() : frames.getLast().index();
                strips.add(new TimelineStrip(source, Math.max(last, 1), marks));
            }
        }
        return strips;
    }

    /** Shows the frame of {@code mark} in the viewer. */
    public void jump(TimelineMark mark) {
        jumper.accept(mark);
    }

    public ObservableList<TimelineStrip> strips() {
        return strips;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The identity shown, or -1. */
    public ReadOnlyLongProperty identityProperty() {
        return identity.getReadOnlyProperty();
    }
}
