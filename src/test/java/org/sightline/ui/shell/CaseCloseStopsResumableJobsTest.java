package org.sightline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;
import org.sightline.core.tuning.resume.TuningCaseJobs;
import org.sightline.core.tuning.resume.TuningCheckpoint;
import org.sightline.core.tuning.resume.TuningCheckpoints;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.ui.tuning.InterruptedTuning;
import org.sightline.ui.tuning.TuningEpoch;
import org.sightline.ui.tuning.TuningOutcome;
import org.sightline.ui.tuning.TuningPort;
import org.sightline.ui.tuning.TuningRequest;
import org.sightline.ui.tuning.TuningTask;
import org.sightline.ui.tuning.TuningViewModel;

/**
 * Closing a case (through the main window's state, real case and job runner) while one of its resumable
 * jobs runs: the job is cancelled and has ended before the store closes, nothing is reported as a
 * problem, the status line names it, what it committed is kept, and it resumes afterwards.
 */
class CaseCloseStopsResumableJobsTest {
    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    @TempDir
    Path temp;

    @Test
    void attributeScoringIsCancelledAfterItsBatchAndResumesToTheEnd() throws Exception {
        try (ClosingShell window = new ClosingShell(temp, TuningPort.none())) {
            window.open();
            window.holdNextPrediction();
            window.onUi(() -> {
                window.shell.people().jobs().predictAttributes();
                return null;
            });
            assertTrue(window.predicting.await(10, TimeUnit.SECONDS), "scoring did not start");

            assertEquals("Closing People test: stopping 1 attribute scoring job…", window.closeCase());
            assertFalse(window.shell.cases().openProperty().get(), "the case left the window at once");
            window.releasePredict.countDown();
            assertEquals("Case closed", window.awaitClosed());
            assertEquals(JobState.CANCELLED, window.stateAtClose("Scoring attributes"), "ended before the store closed");
            assertEquals(List.of(), window.problems());
        }
        try (CaseStore store = Cases.open(temp.resolve("case")); JobRunner runner = new JobRunner(1)) {
            CaseJob scoring = only(store, AttributePredictionJob.KIND);
            assertEquals(CaseJobState.CANCELLED, scoring.state());
            assertEquals(AttributePredictionJob.DEFAULT_BATCH_SIZE, scoring.done(), "the batch being scored was committed");
            assertEquals(scoredCrops(store), scoring.done(), "exactly the committed batch is saved");

            CaseJob resumed = new ResumableJobs(store, runner, List.of(AttributePredictionJob.factory(name -> halves())))
                    .resume("Scoring attributes (resumed)", scoring.id()).result().get(10, TimeUnit.SECONDS);
            assertEquals(CaseJobState.SUCCEEDED, resumed.state());
            assertEquals(ClosingShell.CROPS, scoredCrops(store), "the resumed job scored the rest");
        }
    }

    @Test
    void aTuningRunIsCancelledAfterItsSavedEpochAndStaysResumable() throws Exception {
        CountDownLatch epochSaved = new CountDownLatch(1);
        Path labels = Files.writeString(temp.resolve("office.csv"), "file,attributes\n");
        try (ClosingShell window = new ClosingShell(temp, new SavingTuningPort(epochSaved))) {
            window.open();
            TuningViewModel tuning = window.onUi(() -> {
                TuningViewModel dialog = window.shell.tuning();
                dialog.inputProperty().set(labels.toString());
                dialog.epochCountProperty().set(5);
                dialog.start();
                return dialog;
            });
            assertTrue(epochSaved.await(10, TimeUnit.SECONDS), "no epoch was saved");

            assertEquals("Closing People test: stopping 1 tuning run…", window.closeCase());
            assertEquals("Case closed", window.awaitClosed());
            assertEquals(JobState.CANCELLED, window.stateAtClose("Tuning prompts on office.csv"));
            assertEquals(List.of(), window.problems());
            assertFalse(window.onUi(() -> tuning.runningProperty().get()), "the dialog saw its run end");
        }
        try (CaseStore store = Cases.open(temp.resolve("case"))) {
            List<TuningCaseJobs.SavedRun> runs = TuningCaseJobs.resumable(store);
            assertEquals(1, runs.size(), "the cancelled run is listed for resuming");
            assertEquals(CaseJobState.CANCELLED, runs.getFirst().job().state());
            assertEquals(1, runs.getFirst().job().done());
            assertEquals(List.of(1), runs.getFirst().epochs().stream().map(TuningCheckpoint.Epoch::epoch).toList());
            assertEquals(1, TuningCaseJobs.checkpoint(store, runs.getFirst().job().id()).orElseThrow().epochsDone(),
                    "its checkpoint is intact");
        }
    }

    private static CaseJob only(CaseStore store, String kind) {
        List<CaseJob> jobs = new CaseJobs(store).all().stream().filter(job -> job.kind().equals(kind)).toList();
        assertEquals(1, jobs.size(), kind + " jobs: " + jobs);
        return jobs.getFirst();
    }

    private static long scoredCrops(CaseStore store) {
        return store.read(c -> {
            try (var query = c.prepareStatement("SELECT count(DISTINCT detection_id) FROM attribute_predictions "
                    + "WHERE predictor_id = ?")) {
                query.setString(1, ClosingShell.PREDICTOR);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static AttributePredictor halves() {
        return new AttributePredictor() {
            @Override
            public String id() {
                return ClosingShell.PREDICTOR;
            }

            @Override
            public List<String> attributeNames() {
                return BuiltInMappings.crossroad0230().outputs();
            }

            @Override
            public float[][] predict(List<RgbImage> crops) {
                float[][] out = new float[crops.size()][attributeNames().size()];
                for (float[] row : out) {
                    java.util.Arrays.fill(row, 0.5f);
                }
                return out;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Tuning as the app runs it in a case (a prompt-tuning case job whose epochs commit their checkpoint),
     * without a model: epoch 1 is saved, then the run waits for its cancel as a real one would between batches.
     */
    private static final class SavingTuningPort implements TuningPort {
        private final CountDownLatch epochSaved;

        SavingTuningPort(CountDownLatch epochSaved) {
            this.epochSaved = epochSaved;
        }

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
                TuningRunSpec spec = new TuningRunSpec(request.task().id(), request.input().toString(), request.schema(),
                        request.epochs(), 7, 4, 0.01, 128, 6, 0.3, BASE.modelId(), BASE.sha256(), "fingerprint",
                        "1 image", TuningRunSpec.IMAGE_PROMPTS_ON);
                long jobId = new CaseJobs(store).create(TuningCaseJobs.KIND, spec.toJson()).id();
                ResumableJobs.asJob(store, jobId, new EpochThenWait(request.epochs(), epochs, epochSaved)).run(context);
                throw new AssertionError("the run ended without being cancelled");
            };
        }

        @Override
        public List<InterruptedTuning> interrupted(CaseStore store) {
            return TuningCaseJobs.resumable(store).stream().map(run -> new InterruptedTuning(run.job().id(),
                    TuningTask.fromId(run.spec().task()), run.spec().input(), run.epochs().size(), run.spec().epochs(),
                    run.job().state().name(), List.of())).toList();
        }
    }

    private record EpochThenWait(int epochs, Consumer<TuningEpoch> listener, CountDownLatch saved) implements ResumableJob {
        @Override
        public String kind() {
            return TuningCaseJobs.KIND;
        }

        @Override
        public String params() {
            return "{}";
        }

        @Override
        public void run(ResumableJobContext context, String resumeCursor) {
            TuningCheckpoint first = new TuningCheckpoint(List.of(new TuningCheckpoint.LearnedArray("text", new long[] {2},
                    new float[] {1, 2}, new float[] {0, 0}, new float[] {0, 0})), 3, 1, 1, 0.55, 0,
                    List.of(new TuningCheckpoint.NamedValues("text", new float[] {1, 2})),
                    List.of(new TuningCheckpoint.Epoch(1, 0.9, 0.55, 0.1)));
            context.commit(new Checkpoint("epoch 1", 1, epochs), List.of(), c -> {
                TuningCheckpoints.save(c, context.jobId(), first);
                return null;
            });
            listener.accept(new TuningEpoch(1, 0.9, 0.55));
            saved.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!context.isCancelled()) { // a cancel is a flag: a real run sees it at its next batch
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("never cancelled");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
            context.throwIfCancelled();
        }
    }
}
