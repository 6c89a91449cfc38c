package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.ModelIdentity;

/** The tuning dialog's state with a scripted tuning job (no model): epochs, before/after, packs, refusals. */
class TuningViewModelTest {

    private static final ModelIdentity BASE = FakeTuningPort.BASE;
    private static final ModelIdentity OTHER = new ModelIdentity("clip-vit-b32", "cd".repeat(32));

    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(1);
    private final UiQueue ui = new UiQueue();

    private final List<CaseStore> stores = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        runner.close();
        stores.forEach(CaseStore::close);
    }

    /** A real case in {@code folder} (its packs' active choices live in its database), closed after the test. */
    private CaseStore caseIn(Path folder) {
        CaseStore store = Cases.create(folder, "tuning");
        stores.add(store);
        return store;
    }

    private static PromptPack pack(ModelIdentity base) {
        return FakeTuningPort.attributePack(base);
    }

    /** A port whose job reports three epochs, or waits for cancel after the first one. */
    private static TuningPort port(ModelIdentity packBase, boolean waitForCancel) {
        return new FakeTuningPort().starts((request, epochs, context) -> {
            assertEquals(3, request.epochs());
            epochs.accept(new TuningEpoch(1, 0.9, 0.61));
            if (waitForCancel) {
                while (!context.isCancelled()) {
                    Thread.sleep(5);
                }
                return new TuningOutcome(pack(packBase), 0.60, 0.62, 0.61, 1, 5, true);
            }
            epochs.accept(new TuningEpoch(2, 0.7, 0.66));
            epochs.accept(new TuningEpoch(3, 0.6, 0.70));
            return new TuningOutcome(pack(packBase), 0.60, 0.62, 0.70, 3, 5, false);
        });
    }

    private TuningViewModel model(TuningPort port, CaseStore store) throws Exception {
        TuningViewModel model = new TuningViewModel(port, runner, ui, () -> store);
        Path csv = temp.resolve("office-cams.csv");
        Files.writeString(csv, "file,attributes\n");
        model.inputProperty().set(csv.toString());
        model.epochCountProperty().set(3);
        return model;
    }

    @Test
    void epochsReachTheChartSeriesAndBeforeAfterIsShownThenThePackGoesIntoTheCase() throws Exception {
        CaseStore store = caseIn(temp.resolve("case"));
        TuningViewModel model = model(port(BASE, false), store);
        TuningSeries series = new TuningSeries(model.epochs(), model.metricLabelProperty());
        model.start();
        assertTrue(model.runningProperty().get());
        ui.drainUntil(() -> model.outcomeProperty().get() != null);
        assertFalse(model.runningProperty().get());
        assertEquals(List.of(1, 2, 3), model.epochs().stream().map(TuningEpoch::epoch).toList());
        assertEquals(3, series.loss.getData().size());
        assertEquals(0.6, series.loss.getData().get(2).getYValue().doubleValue(), 1e-9);
        assertEquals(0.70, series.validation.getData().get(2).getYValue().doubleValue(), 1e-9);
        String text = model.beforeAfterProperty().get();
        assertTrue(text.contains("before 0.600") && text.contains("after 0.700") && text.contains("best epoch 3"), text);
        assertEquals("office-cams", model.packNameProperty().get());

        model.addToCase();
        assertEquals(List.of("office-cams"), model.attributePacks());
        assertEquals("office-cams", model.activePackProperty().get());
        assertEquals(java.util.Optional.of("office-cams"), new CasePacks(store).active());
        model.setActivePack("");
        assertEquals(java.util.Optional.empty(), new CasePacks(store).active());

        model.start();
        ui.drainUntil(() -> !model.runningProperty().get() && model.outcomeProperty().get() != null);
        assertEquals(3, series.loss.getData().size(), "a new run restarts the chart");
    }

    @Test
    void aPackOfAnotherBaseModelIsRefusedWithTheReason() throws Exception {
        CaseStore store = caseIn(temp.resolve("case"));
        TuningViewModel model = model(port(OTHER, false), store);
        model.start();
        ui.drainUntil(() -> model.outcomeProperty().get() != null);
        model.addToCase();
        assertTrue(model.messageProperty().get().contains("tuned on base model 'clip-vit-b32'"), model.messageProperty().get());
        assertEquals(List.of(), new CasePacks(store).names());

        Path file = temp.resolve("foreign.json");
        PromptPackJson.write(pack(OTHER), file);
        model.addPackFile(file);
        assertTrue(model.messageProperty().get().contains("tuned on base model 'clip-vit-b32'"), model.messageProperty().get());
        PromptPackJson.write(pack(BASE), file);
        model.addPackFile(file);
        assertEquals(List.of("foreign"), model.attributePacks());
    }

    @Test
    void cancelKeepsTheBestEpochSoFarAndSaysSo() throws Exception {
        TuningViewModel model = model(port(BASE, true), caseIn(temp.resolve("case")));
        model.start();
        ui.drainUntil(() -> model.epochs().size() == 1);
        model.cancel();
        ui.drainUntil(() -> !model.runningProperty().get());
        assertNotNull(model.outcomeProperty().get());
        assertTrue(model.messageProperty().get().contains("best epoch so far (1) was kept"), model.messageProperty().get());
    }

    @Test
    void missingInputIsNamed() throws Exception {
        TuningViewModel model = model(port(BASE, false), null);
        model.inputProperty().set(temp.resolve("nowhere.csv").toString());
        model.start();
        assertFalse(model.runningProperty().get());
        assertTrue(model.messageProperty().get().contains("nowhere.csv does not exist"), model.messageProperty().get());
        model.addToCase();
        assertEquals("No finished tuning run to add", model.messageProperty().get());
    }
}
