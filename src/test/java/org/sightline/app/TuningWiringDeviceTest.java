package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobRunner;
import org.sightline.engine.djl.tuning.SyntheticCrops;
import org.sightline.ui.tuning.TuningOutcome;
import org.sightline.ui.tuning.TuningRequest;

/** The app's prompt tuning follows the compute-device setting and says which device a run used. */
class TuningWiringDeviceTest {

    @TempDir
    Path temp;

    /** Runs the job as the dialog does, in a job runner; its failure is rethrown as it was thrown. */
    private static TuningOutcome run(Job<TuningOutcome> job) throws Throwable {
        try (JobRunner runner = new JobRunner(1)) {
            return runner.submit("tuning", job).result().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static Settings device(String value, Path mirror) {
        return new Settings(value, mirror == null ? null : mirror.toString(), Settings.DEFAULT_SEARCH_MODEL);
    }

    @Test
    void gpuSetOnAMachineWithoutOneFailsTheRunNamingItBeforeTheCaseSavesAnything() throws Exception {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        Path csv = SyntheticCrops.csv(temp.resolve("crops"), 8, 1);
        try (CaseStore store = Cases.create(temp.resolve("case"), "device case")) {
            var port = TuningWiring.port(new AppPaths(temp.resolve("home")), device("gpu", null));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> run(port.tuning(store, new TuningRequest(csv, "peta-35", 1), epoch -> { })));
            assertTrue(e.getMessage().startsWith("The compute device is set to GPU, but the PyTorch engine found no usable GPU"),
                    e.getMessage());
            assertEquals(0, new CaseJobs(store).all().size(), "no tuning job is left in the case");
        }
    }

    @Test
    void cpuSetTunesOnTheCpuAndTheOutcomeSaysSo() throws Throwable {
        CheckoutModels.with(mirror -> {
            Path csv = SyntheticCrops.csv(temp.resolve("crops"), 40, 1);
            TuningOutcome outcome = run(TuningWiring.port(new AppPaths(temp.resolve("home")), device("cpu", mirror))
                    .tuning(new TuningRequest(csv, "peta-35", 1), epoch -> { }));
            assertEquals("CPU", outcome.device());
            assertTrue(outcome.beforeAfter().endsWith("; tuned on CPU"), outcome.beforeAfter());
        });
    }
}
