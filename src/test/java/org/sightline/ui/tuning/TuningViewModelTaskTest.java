package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.RetrievalScores;

/**
 * The tuning dialog's task switch (scripted port): what the input must be for description search, the
 * chart's metric, the request and before/after text of a description-search run, its pack becoming the
 * case's search pack, packs of the wrong kind refused per role, and resuming a run of either task.
 */
class TuningViewModelTaskTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(1);
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<TuningRequest> requests = new ArrayList<>();

    @AfterEach
    void close() {
        runner.close();
    }

    static PromptPack searchPack() {
        return new PromptPack(BASE, "retrieval", new TextPrompts(1, 2, new float[] {1, 2}), List.of(), Map.of("task", "retrieval"));
    }

    static PromptPack attributePack() {
        return new PromptPack(BASE, "peta-35", new TextPrompts(1, 2, new float[] {1, 2}),
                List.of(new AttributeHead("personalMale", "a man", "a woman", 10f, 0f)), Map.of());
    }

    private TuningPort port() {
        return new TuningPort() {
            @Override
            public ModelIdentity base() {
                return BASE;
            }

            @Override
            public List<String> schemas() {
                return List.of("peta-35");
            }

            @Override
            public Job<TuningOutcome> tuning(TuningRequest request, Consumer<TuningEpoch> epochs) {
                return tuning(null, request, epochs);
            }

            @Override
            public Job<TuningOutcome> tuning(CaseStore store, TuningRequest request, Consumer<TuningEpoch> epochs) {
                return context -> {
                    requests.add(request);
                    epochs.accept(new TuningEpoch(1, 2.1, 0.25));
                    epochs.accept(new TuningEpoch(2, 1.8, 0.35));
                    return TuningOutcome.retrieval(searchPack(), new RetrievalScores(40, 120, 0.20, 0.45, 0.60, 0.30),
                            new RetrievalScores(40, 120, 0.35, 0.60, 0.725, 0.41), 2, false);
                };
            }

            @Override
            public List<InterruptedTuning> interrupted(CaseStore store) {
                return List.of(new InterruptedTuning(9, TuningTask.DESCRIPTION_SEARCH, "/data/market-ids", 2, 8, "CANCELLED",
                        List.of(new TuningEpoch(1, 2.1, 0.25), new TuningEpoch(2, 1.8, 0.35))));
            }

            @Override
            public Job<TuningOutcome> resume(CaseStore store, long jobId, Consumer<TuningEpoch> epochs) {
                return tuning(store, new TuningRequest(TuningTask.DESCRIPTION_SEARCH, Path.of("/data/market-ids"), "", 8), epochs);
            }
        };
    }

    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Runnable task = ui.poll(50, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
        assertTrue(done.getAsBoolean(), "timed out");
    }

    private Path identityFolders() throws Exception {
        Path root = Files.createDirectories(temp.resolve("market-ids"));
        Path person = Files.createDirectories(root.resolve("0002"));
        Files.writeString(person.resolve("description.txt"), "a man in a red shirt\n");
        return root;
    }

    @Test
    void switchingToDescriptionSearchChangesTheMetricSchemaAndWhatTheInputMustBe() throws Exception {
        TuningViewModel model = new TuningViewModel(port(), runner, ui::add, () -> null);
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
        assertTrue(requests.isEmpty(), "nothing started on bad input");

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
        new CasePacks(store).add("office", attributePack(), BASE);
        new CasePacks(store).setActive("office");
        TuningViewModel model = new TuningViewModel(port(), runner, ui::add, () -> store);
        model.taskProperty().set(TuningTask.DESCRIPTION_SEARCH);
        model.inputProperty().set(identityFolders().toString());
        model.epochCountProperty().set(2);
        model.start();
        drainUntil(() -> model.outcomeProperty().get() != null);
        assertEquals(TuningTask.DESCRIPTION_SEARCH, requests.getFirst().task());
        assertEquals("", requests.getFirst().schema(), "no schema for description search");
        assertEquals(List.of(0.25, 0.35), model.epochs().stream().map(TuningEpoch::validationMetric).toList());
        String text = model.beforeAfterProperty().get();
        assertTrue(text.contains("R@1 20.0% → 35.0%") && text.contains("R@10 60.0% → 72.5%") && text.contains("mAP 30.0% → 41.0%")
                && text.contains("40 queries") && text.contains("best epoch 2"), text);
        assertTrue(model.messageProperty().get().contains("description searches"), model.messageProperty().get());

        model.addToCase();
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
        try (CaseStore store = Cases.create(temp.resolve("case"), "search case")) {
            TuningViewModel model = new TuningViewModel(port(), runner, ui::add, () -> store);
            model.refreshPacks();
            InterruptedTuning run = model.interruptedRuns().getFirst();
            assertEquals("Description search, market-ids: 2 of 8 epochs (cancelled)", run.label());
            model.resume(run);
            assertEquals(TuningTask.DESCRIPTION_SEARCH, model.taskProperty().get());
            assertEquals("validation R@1", model.metricLabelProperty().get());
            drainUntil(() -> model.outcomeProperty().get() != null);
            assertTrue(model.beforeAfterProperty().get().startsWith("Validation description search"), model.beforeAfterProperty().get());
        }
    }
}
