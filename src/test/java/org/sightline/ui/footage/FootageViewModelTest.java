package org.sightline.ui.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.ui.fakes.PetsFootage.await;
import static org.sightline.ui.fakes.PetsFootage.on;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.video.FrameSampling;
import org.sightline.ui.fakes.PetsFootage;

/** The frame viewer's state on the real PETS case, decoded with FFmpeg on the decoder thread. */
class FootageViewModelTest {
    static ExecutorService ui = Executors.newSingleThreadExecutor();
    static CaseStore store;
    static Source video;
    static FootageViewModel viewer;

    @BeforeAll
    static void open() {
        store = Cases.open(PetsFootage.folder());
        video = store.source(PetsFootage.sourceId()).orElseThrow();
        viewer = new FootageViewModel(source -> PetsFootage.engines().open(source, FrameSampling.everyFrame(),
                IngestSettings.DEFAULT_FOLDER_FRAME_RATE), ui);
    }

    @AfterAll
    static void close() throws Exception {
        on(ui, () -> {
            viewer.close();
            return null;
        });
        store.close();
        ui.shutdown();
    }

    private static long shownIndex() throws Exception {
        return on(ui, () -> viewer.frameIndexProperty().get());
    }

    private static List<Long> shownBoxes() throws Exception {
        return on(ui, () -> viewer.boxes().stream().map(DetectionRow::id).toList());
    }

    private static List<Long> storedBoxes(long frame) {
        return new Footage(store).detectionsAt(video.id(), frame).stream().map(DetectionRow::id).toList();
    }

    @Test
    void showsTheStoredBoxesOfEachFrameAndNoneOnSkippedFrames() throws Exception {
        on(ui, () -> {
            viewer.show(store, video);
            return null;
        });
        await("frame 0", () -> call(() -> shownIndex() == 0));
        assertFalse(storedBoxes(0).isEmpty(), "the PETS clip has people in frame 0");
        assertEquals(storedBoxes(0), shownBoxes());
        long last = on(ui, () -> viewer.lastFrameProperty().get());
        assertTrue(last >= 790 && last <= 800, "the container's estimate for the 795-frame clip, got " + last);

        on(ui, () -> {
            viewer.seek(20);
            return null;
        });
        await("frame 20", () -> call(() -> shownIndex() == 20));
        assertEquals(storedBoxes(20), shownBoxes());
        assertTrue(on(ui, () -> viewer.analysedProperty().get()));
        assertEquals(360, on(ui, () -> viewer.frameProperty().get().image().height()));

        on(ui, () -> {
            viewer.step(1);
            return null;
        });
        await("frame 21", () -> call(() -> shownIndex() == 21));
        assertEquals(List.of(), shownBoxes(), "every 2nd frame was ingested: frame 21 has no boxes");
        assertFalse(on(ui, () -> viewer.analysedProperty().get()));
        assertTrue(on(ui, () -> viewer.statusProperty().get()).contains("not analysed"));
    }

    @Test
    void aClickInsideABoxSelectsItAndAJumpSelectsTheAskedDetection() throws Exception {
        DetectionRow target = new Footage(store).detectionsAt(video.id(), 30).getLast();
        on(ui, () -> {
            viewer.jumpTo(store, video, 30, target.id());
            return null;
        });
        await("frame 30 with its detection selected", () -> call(() -> on(ui, () ->
                viewer.selectedProperty().get() != null && viewer.selectedProperty().get().id() == target.id())));
        assertEquals(30, shownIndex());

        DetectionRow other = new Footage(store).detectionsAt(video.id(), 30).getFirst();
        double cx = other.box().x() + other.box().width() / 2;
        double cy = other.box().y() + other.box().height() / 2;
        assertTrue(on(ui, () -> viewer.detectionAt(cx, cy)).isPresent());
        assertTrue(on(ui, () -> viewer.detectionAt(-5, -5)).isEmpty());
    }

    private static boolean call(java.util.concurrent.Callable<Boolean> check) {
        try {
            return check.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
