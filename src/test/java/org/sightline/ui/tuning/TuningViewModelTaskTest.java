package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.eval.RetrievalScores;

/**
 * The tuning dialog's task switch (scripted port): what the input must be for description search, the
 * chart's metric, the request and before/after text of a description-search run, its pack becoming the
 * case's search pack, packs of the wrong kind refused per role, and resuming a run of either task.
 */
class TuningViewModelTaskTest {

    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(1);
    private final UiQueue ui = new UiQueue();
    private final FakeTuningPort port = new FakeTuningPort().starts(TuningViewModelTaskTest::searchRun)
            .resumes(TuningViewModelTaskTest::searchRun);

    @AfterEach
    void close() {
        runner.close();
    }

    /** A description-search run of two epochs, R@1 0.20 → 0.35. */
    private static TuningOutcome searchRun(TuningRequest request, Consumer<TuningEpoch> epochs, JobContext context) {
        epochs.accept(new TuningEpoch(1, 2.1, 0.25));
        epochs.accept(new TuningEpoch(2, 1.8, 0.35));
        return TuningOutcome.retrieval(FakeTuningPort.searchPack(), new RetrievalScores(40, 120, 0.20, 0.45, 0.60, 0.30),
                new RetrievalScores(40, 120, 0.35, 0.60, 0.725, 0.41), 2, false);
    }

    private Path identityFolders() throws Exception {
        Path root = Files.createDirectories(temp.resolve("market-ids"));
        Path person = Files.createDirectories(root.resolve("0002"));
        Files.writeString(person.resolve("description.txt"), "a man in a red shirt\n");
        return root;
    }

    @Test
    void switchingToDescriptionSearchChangesTheMetricSchemaAndWhatTheInputMustBe() throws Exception {
        TuningViewModel model = new TuningViewModel(port, runner, ui, () -> null);
        assertEquals("validation mA", model.metricLabelProperty().get());
        assertTrue(model.schemaUsedProperty().get());
        model.taskProperty().set(TuningTask.DESCRIPTION_SEARCH);
        assertEquals("validation R@1", model.metricLabelProperty().get());
        assertFalse(model.schemaUsedProperty().get());
        assertTrue(model.inputHintProperty().get().contains("description.txt"), model.inputHintProperty().get());

        model.start();
        assertEquals("Choose a folder of identity folders (<identity>/*.jpg with description.txt)", model.messageProperty().get());
        model.inputProperty().set(temp.resolve("nowhere").toString());
        model.start();
        assertTrue(model.messageProperty().get().endsWith("nowhere does not exist"), model.messageProperty().get());
        Path csv = Files.writeString(temp.resolve("labels.csv"), "file,attributes\n");
        model.inputProperty().set(csv.toString());
        model.start();
        assertTrue(model.messageProperty().get().endsWith("labels.csv is not a folder"), model.messageProperty().get());
        Path empty = Files.createDirectories(temp.resolve("empty").resolve("person-without-description"));
        model.inputProperty().set(empty.getParent().toString());
        model.start();
        assertTrue(model.messageProperty().get().contains("holds no identity folders"), model.messageProperty().get());
        assertFalse(model.runningProperty().get());
        assertTrue(port.requests.isEmpty(), "nothing started on bad input");

        TuningSeries series = new TuningSeries(model.epochs(), model.metricLabelProperty());
        assertEquals("validation R@1", series.validation.getName());
        model.taskProperty().set(TuningTask.ATTRIBUTES);
        assertEquals("validation mA", series.validation.getName(), "the series follows the task");
    }

    @Test
    void aDescriptionSearchRunShowsRetrievalBeforeAfterAndItsPackBecomesTheCasesSearchPack() throws Exception {
        try (CaseStore store = Cases.create(temp.resolve("case"), "search case")) {
            searchRunBecomesTheSearchPack(store);
        }
    }

    private void searchRunBecomesTheSearchPack(CaseStore store) throws Exception {
        new CasePacks(store).add("office", FakeTuningPort.attributePack(), FakeTuningPort.BASE);
        new CasePacks(store).setActive("office");
        TuningViewModel model = new TuningViewModel(port, runner, ui, () -> store);
        model.taskProperty().set(TuningTask.DESCRIPTION_SEARCH);
        model.inputProperty().set(identityFolders().toString());
        model.epochCountProperty().set(2);
        model.start();
        ui.drainUntil(() -> model.outcomeProperty().get() != null);
        assertEquals(TuningTask.DESCRIPTION_SEARCH, port.requests.getFirst().task());
        assertEquals("", port.requests.getFirst().schema(), "no schema for description search");
        assertEquals(List.of(0.25, 0.35), model.epochs().stream().map(TuningEpoch::validationMetric).toList());
        String text = model.beforeAfterProperty().get();
        assertTrue(text.contains("R@1 20.0% → 35.0%") && text.contains("R@10 60.0% → 72.5%") && text.contains("mAP 30.0% → 41.0%")
                && text.contains("40 queries") && text.contains("best epoch 2"), text);
        assertTrue(model.messageProperty().get().contains("description searches"), model.messageProperty().get());

        model.addToCase();
        assertEquals(List.of("office"), model.attributePacks(), "the attribute choice offers attribute packs only");
        assertEquals(List.of("market-ids"), model.searchPacks(), "the search choice offers search packs only");
        PromptPackJson.write(FakeTuningPort.attributePack(new ModelIdentity("clip-vit-b32", "cd".repeat(32))),
                new CasePacks(store).file("foreign"));
        model.refreshPacks();
        assertEquals(List.of("office"), model.attributePacks(), "nor packs of another base model");
        assertEquals(Optional.of("market-ids"), new CasePacks(store).active(CasePacks.Role.SEARCH));
        assertEquals(Optional.of("office"), new CasePacks(store).active(), "the attribute pack stays active");
        assertEquals("market-ids", model.searchPackProperty().get());
        assertTrue(model.messageProperty().get().contains("as its search pack"), model.messageProperty().get());

        model.activePackProperty().set("market-ids"); // as the combo would, before its action
        model.setActivePack("market-ids");
        assertTrue(model.messageProperty().get().contains("description-search prompt pack")
                && model.messageProperty().get().contains("Search pack of this case"), model.messageProperty().get());
        assertEquals("office", model.activePackProperty().get(), "the refused choice reverts");
        model.setSearchPack("office");
        assertTrue(model.messageProperty().get().contains("attribute prompt pack"), model.messageProperty().get());
        assertEquals("market-ids", model.searchPackProperty().get());
        model.setSearchPack("");
        assertEquals(Optional.empty(), new CasePacks(store).active(CasePacks.Role.SEARCH));
        assertTrue(model.messageProperty().get().startsWith("No search pack"), model.messageProperty().get());
    }

    @Test
    void resumingADescriptionSearchRunSwitchesTheDialogToThatTask() throws Exception {
        port.saved.add(new InterruptedTuning(9, TuningTask.DESCRIPTION_SEARCH, "/data/market-ids", 2, 8, "CANCELLED",
                List.of(new TuningEpoch(1, 2.1, 0.25), new TuningEpoch(2, 1.8, 0.35))));
        try (CaseStore store = Cases.create(temp.resolve("case"), "search case")) {
            TuningViewModel model = new TuningViewModel(port, runner, ui, () -> store);
            model.refreshPacks();
            InterruptedTuning run = model.interruptedRuns().getFirst();
            assertEquals("Description search, market-ids: 2 of 8 epochs (cancelled)", run.label());
            model.resume(run);
            assertEquals(TuningTask.DESCRIPTION_SEARCH, model.taskProperty().get());
            assertEquals("validation R@1", model.metricLabelProperty().get());
            ui.drainUntil(() -> model.outcomeProperty().get() != null);
            assertTrue(model.beforeAfterProperty().get().startsWith("Validation description search"), model.beforeAfterProperty().get());
            assertEquals(List.of("resume 9"), port.calls);
        }
    }
}
