package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

/**
 * The tuning dialog's state for runs of the open case (scripted port, real case): an interrupted run is
 * listed, resuming it shows its saved epochs then the new ones and ends with a pack; a run cancelled
 * before it improved says it is saved and lists it.
 */
class TuningViewModelResumeTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(1);
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final List<InterruptedTuning> saved = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void close() {
        runner.close();
    }

    private static PromptPack pack() {
        return new PromptPack(BASE, "peta-35", new TextPrompts(1, 2, new float[] {1, 2}),
                List.of(new AttributeHead("personalMale", "a man", "a woman", 10f, 0f)), Map.of());
    }

    /** A port whose case runs stop (cancelled, nothing kept) after epoch 1 and whose resume replays then finishes. */
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
                return context -> {
                    throw new AssertionError("with a case open the run must belong to the case");
                };
            }

            @Override
            public Job<TuningOutcome> tuning(CaseStore store, TuningRequest request, Consumer<TuningEpoch> epochs) {
                return context -> {
                    calls.add("start in " + store.info().name());
                    epochs.accept(new TuningEpoch(1, 0.9, 0.55));
                    saved.add(new InterruptedTuning(7, request.input().toString(), 1, request.epochs(), "CANCELLED",
                            List.of(new TuningEpoch(1, 0.9, 0.55))));
                    throw new JobCancelledException();
                };
            }

            @Override
            public List<InterruptedTuning> interrupted(CaseStore store) {
                return List.copyOf(saved);
            }

            @Override
            public Job<TuningOutcome> resume(CaseStore store, long jobId, Consumer<TuningEpoch> epochs) {
                return context -> {
                    calls.add("resume " + jobId);
                    saved.removeIf(run -> run.jobId() == jobId);
                    epochs.accept(new TuningEpoch(1, 0.9, 0.55));
                    epochs.accept(new TuningEpoch(2, 0.8, 0.60));
                    epochs.accept(new TuningEpoch(3, 0.7, 0.64));
                    epochs.accept(new TuningEpoch(4, 0.6, 0.66));
                    return new TuningOutcome(pack(), 0.50, 0.52, 0.66, 4, 1, false);
                };
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

    @Test
    void interruptedRunIsListedAndResumingContinuesTheChartToAPack() throws Exception {
        Path csv = temp.resolve("office-cams.csv");
        Files.writeString(csv, "file,attributes\n");
        saved.add(new InterruptedTuning(7, csv.toString(), 3, 4, "INTERRUPTED",
                List.of(new TuningEpoch(1, 0.9, 0.55), new TuningEpoch(2, 0.8, 0.60), new TuningEpoch(3, 0.7, 0.64))));
        try (CaseStore store = Cases.create(temp.resolve("case"), "resume case")) {
            TuningViewModel model = new TuningViewModel(port(), runner, ui::add, () -> store);
            TuningSeries series = new TuningSeries(model.epochs(), model.metricLabelProperty());
            model.refreshPacks();
            assertEquals(1, model.interruptedRuns().size());
            InterruptedTuning run = model.interruptedRuns().getFirst();
            assertEquals("Attributes, office-cams.csv: 3 of 4 epochs (interrupted)", run.label());

            model.resume(run);
            assertEquals(List.of(1, 2, 3), model.epochs().stream().map(TuningEpoch::epoch).toList(), "saved epochs shown at once");
            assertEquals(csv.toString(), model.inputProperty().get());
            assertEquals(4, model.epochCountProperty().get());
            assertTrue(model.messageProperty().get().startsWith("Resuming after epoch 3 of 4"), model.messageProperty().get());
            drainUntil(() -> model.outcomeProperty().get() != null);
            assertEquals(List.of("resume 7"), calls);
            assertEquals(List.of(1, 2, 3, 4), model.epochs().stream().map(TuningEpoch::epoch).toList(), "replayed epochs not doubled");
            assertEquals(4, series.validation.getData().size());
            assertNotNull(model.outcomeProperty().get());
            assertTrue(model.interruptedRuns().isEmpty(), "a finished run is no longer listed");
            assertTrue(model.beforeAfterProperty().get().contains("after 0.660"), model.beforeAfterProperty().get());
        }
    }

    @Test
    void runCancelledBeforeItImprovedIsSavedInTheCaseAndListed() throws Exception {
        Path csv = temp.resolve("lobby.csv");
        Files.writeString(csv, "file,attributes\n");
        try (CaseStore store = Cases.create(temp.resolve("case"), "resume case")) {
            TuningViewModel model = new TuningViewModel(port(), runner, ui::add, () -> store);
            model.inputProperty().set(csv.toString());
            model.epochCountProperty().set(5);
            model.start();
            assertTrue(model.messageProperty().get().contains("saved in this case after each epoch"), model.messageProperty().get());
            drainUntil(() -> !model.runningProperty().get());
            assertEquals(List.of("start in resume case"), calls);
            assertTrue(model.messageProperty().get().contains("The run is saved in this case: resume it below."),
                    model.messageProperty().get());
            assertEquals(List.of("Attributes, lobby.csv: 1 of 5 epochs (cancelled)"), model.interruptedRuns().stream().map(InterruptedTuning::label).toList());
        }
    }
}
