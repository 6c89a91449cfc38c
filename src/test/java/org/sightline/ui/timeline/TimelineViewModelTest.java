package org.sightline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sightline.ui.fakes.PetsFootage.await;
import static org.sightline.ui.fakes.PetsFootage.on;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.ui.fakes.PetsFootage;

/** Timeline marks of an identity of the real PETS case. */
class TimelineViewModelTest {
    static ExecutorService ui = Executors.newSingleThreadExecutor();
    static ExecutorService reads = Executors.newSingleThreadExecutor();
    static CaseStore store;
    static final List<TimelineMark> jumps = new ArrayList<>();
    static TimelineViewModel timeline = new TimelineViewModel(reads, ui, jumps::add);

    @BeforeAll
    static void open() {
        store = Cases.open(PetsFootage.folder());
    }

    @AfterAll
    static void close() {
        store.close();
        ui.shutdown();
        reads.shutdown();
    }

    @Test
    void marksEveryFrameTheIdentityIsSeenInAndJumpsToAMark() throws Exception {
        IdentitySummary person = new Footage(store).identities().getFirst();
        List<Long> seenAt = new Footage(store).appearances(person.id()).stream().map(Appearance::frameIndex).toList();
        on(ui, () -> {
            timeline.show(store, person.id());
            return null;
        });
        await("the timeline", () -> !timeline.strips().isEmpty());
        List<TimelineStrip> strips = on(ui, () -> List.copyOf(timeline.strips()));
        assertEquals(1, strips.size(), "one source");
        TimelineStrip strip = strips.getFirst();
        assertEquals(PetsFootage.sourceId(), strip.source().id());
        assertEquals(seenAt, strip.marks().stream().map(TimelineMark::frameIndex).toList());
        assertEquals(58, strip.lastFrame(), "frames 0-58 were analysed");
        assertEquals("Person " + person.id() + " — seen in " + seenAt.size() + " frames of 1 source",
                on(ui, () -> timeline.titleProperty().get()));

        TimelineMark middle = strip.marks().get(strip.marks().size() / 2);
        assertEquals(middle, strip.nearest(middle.frameIndex() + 0.4, 1).orElseThrow());
        on(ui, () -> {
            timeline.jump(middle);
            return null;
        });
        assertEquals(List.of(middle), jumps);

        on(ui, () -> {
            timeline.clear();
            return null;
        });
        assertEquals(-1, on(ui, () -> timeline.identityProperty().get()));
    }
}
