package org.sightline.ui.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobRunner;

/**
 * The tuning dialog's state for runs of the open case (scripted port, real case): an interrupted run is
 * listed, resuming it shows its saved epochs then the new ones and ends with a pack; a run cancelled
 * before it improved says it is saved and lists it.
 */
class TuningViewModelResumeTest {

    @TempDir
    Path temp;

    private final JobRunner runner = new JobRunner(1);
    private final UiQueue ui = new UiQueue();
    private final FakeTuningPort port = new FakeTuningPort();

    /** Case runs stop (cancelled, nothing kept) after epoch 1, saved; a resume replays the saved epoch, then finishes. */
    @BeforeEach
    void script() {
        port.startsInCaseOnly((request, epochs, context) -> {
            epochs.accept(new TuningEpoch(1, 0.9, 0.55));
            port.saved.add(new InterruptedTuning(7, request.input().toString(), 1, request.epochs(), "CANCELLED",
                    List.of(new TuningEpoch(1, 0.9, 0.55))));
            throw new JobCancelledException();
        }).resumes((request, epochs, context) -> {
            epochs.accept(new TuningEpoch(1, 0.9, 0.55));
            epochs.accept(new TuningEpoch(2, 0.8, 0.60));
            epochs.accept(new TuningEpoch(3, 0.7, 0.64));
            epochs.accept(new TuningEpoch(4, 0.6, 0.66));
            return new TuningOutcome(FakeTuningPort.attributePack(), 0.50, 0.52, 0.66, 4, 1, false);
        });
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void interruptedRunIsListedAndResumingContinuesTheChartToAPack() throws Exception {
        Path csv = temp.resolve("office-cams.csv");
        Files.writeString(csv, "file,attributes\n");
        port.saved.add(new InterruptedTuning(7, csv.toString(), 3, 4, "INTERRUPTED",
                List.of(new TuningEpoch(1, 0.9, 0.55), new TuningEpoch(2, 0.8, 0.60), new TuningEpoch(3, 0.7, 0.64))));
        try (CaseStore store = Cases.create(temp.resolve("case"), "resume case")) {
            TuningViewModel model = new TuningViewModel(port, runner, ui, () -> store);
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
            ui.drainUntil(() -> model.outcomeProperty().get() != null);
            assertEquals(List.of("resume 7"), port.calls);
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
            TuningViewModel model = new TuningViewModel(port, runner, ui, () -> store);
            model.inputProperty().set(csv.toString());
            model.epochCountProperty().set(5);
            model.start();
            assertTrue(model.messageProperty().get().contains("saved in this case after each epoch"), model.messageProperty().get());
            ui.drainUntil(() -> !model.runningProperty().get());
            assertEquals(List.of("start in resume case"), port.calls);
            assertTrue(model.messageProperty().get().contains("The run is saved in this case: resume it below."),
                    model.messageProperty().get());
            assertEquals(List.of("Attributes, lobby.csv: 1 of 5 epochs (cancelled)"), model.interruptedRuns().stream().map(InterruptedTuning::label).toList());
        }
    }
}
