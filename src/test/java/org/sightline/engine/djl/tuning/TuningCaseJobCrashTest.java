package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sightline.core.cases.jobs.CommittedJobs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.tuning.resume.TuningCaseJobs;
import org.sightline.core.tuning.resume.TuningResumeException;
import org.sightline.core.tuning.resume.TuningRunSpec;

/**
 * Kills (SIGKILL) a process running a tuning job of a case after two epochs were committed, then, in this
 * process: the case lists the run as interrupted with its saved epochs, a resume with changed data is
 * refused naming the change (the run stays resumable), and with the data put back the resumed run ends
 * with exactly the pack of a run never interrupted.
 */
class TuningCaseJobCrashTest {

    private static final JobContext NEVER_CANCELLED = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @TempDir
    Path temp;

    @Test
    void killedRunIsListedRefusedOnChangedDataAndResumesToTheUninterruptedPack() throws Exception {
        Path csv = PromptTuningTest.petaCsv(temp, 60);
        PromptTuningTest.openModel().close(); // skips the test when the model mirror lacks the model's files
        Path caseFolder = temp.resolve("case");
        Path log = temp.resolve("child.log");
        Process child = start(caseFolder, csv, log);
        try {
            waitForEpochs(child, caseFolder, log, 2);
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertFalse(Files.readString(log).contains("finished without being killed"), "the child finished before it was killed");

        try (CaseStore store = Cases.open(caseFolder)) {
            List<TuningCaseJobs.SavedRun> runs = TuningCaseJobs.resumable(store);
            assertEquals(1, runs.size());
            CaseJob saved = runs.getFirst().job();
            assertEquals(CaseJobState.INTERRUPTED, saved.state());
            assertTrue(saved.done() >= 2 && saved.done() < 5, "committed epochs " + saved.done());
            assertEquals(saved.done(), runs.getFirst().epochs().size(), "the saved epochs for the chart");
            TuningRunSpec spec = runs.getFirst().spec();

            List<String> lines = Files.readAllLines(csv);
            Files.write(csv, lines.subList(0, lines.size() - 1));
            TuningCaseJob refused = new TuningCaseJob(spec, TuningCaseJobChild.BASE, s -> BuiltInSchemas.peta35(), e -> { });
            TuningResumeException e = assertThrows(TuningResumeException.class,
                    () -> refused.runIn(store, saved.id(), NEVER_CANCELLED));
            assertTrue(e.getMessage().contains("Cannot resume the tuning run saved in case " + caseFolder.toAbsolutePath().normalize()
                    + " (job " + saved.id() + "): the labelled data in " + csv.toAbsolutePath() + " changed since the run started "
                    + "(then 60 labelled crops"), e.getMessage());
            assertEquals(CaseJobState.CANCELLED, new CaseJobs(store).require(saved.id()).state(), "still resumable");

            Files.write(csv, lines);
            TuningCaseJob resumed = new TuningCaseJob(spec, TuningCaseJobChild.BASE, s -> BuiltInSchemas.peta35(), x -> { });
            TuningRun.Result result = resumed.runIn(store, saved.id(), NEVER_CANCELLED);
            assertEquals(CaseJobState.SUCCEEDED, new CaseJobs(store).require(saved.id()).state());
            assertTrue(TuningCaseJobs.checkpoint(store, saved.id()).isEmpty(), "a finished run's checkpoint is removed");

            try (var model = PromptTuningTest.openModel()) {
                TuningResult whole = new PromptTuning(model, TuningInputs.read(csv, BuiltInSchemas.peta35(), true),
                        TuningCaseJobChild.OPTIONS, line -> { }).run(null);
                TuningResumeTest.assertSamePack(whole.pack(), result.pack());
                TuningResumeTest.assertSameEpochs(whole.epochs(), result.attributes().epochs());
            }
        }
    }

    private static Process start(Path caseFolder, Path csv, Path log) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-Dai.djl.offline=true",
                // the same PyTorch threads as this JVM: multi-threaded CPU sums differ in the last bits run to run
                "-Dai.djl.pytorch.num_threads=" + System.getProperty("ai.djl.pytorch.num_threads", "1"),
                "-Dsightline.modelMirror=" + System.getProperty("sightline.modelMirror", "../shared/models"),
                "-Dsightline.projectDir=" + System.getProperty("sightline.projectDir", "."),
                "-cp", System.getProperty("java.class.path"), TuningCaseJobChild.class.getName(), caseFolder.toString(), csv.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitForEpochs(Process child, Path caseFolder, Path log, int epochs) throws Exception {
        Path database = Cases.databaseFile(caseFolder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("child exited early (" + child.exitValue() + "): " + Files.readString(log));
            }
            if (Files.exists(database) && CommittedJobs.maxDone(database) >= epochs) {
                return;
            }
            Thread.sleep(20);
        }
        fail("no " + epochs + " epochs committed within 60 s: " + Files.readString(log));
    }
}
