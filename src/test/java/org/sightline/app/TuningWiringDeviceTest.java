package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobContext;
import org.sightline.engine.djl.tuning.SyntheticCrops;
import org.sightline.ui.tuning.TuningOutcome;
import org.sightline.ui.tuning.TuningRequest;

/** The app's prompt tuning follows the compute-device setting and says which device a run used. */
class TuningWiringDeviceTest {

    private static final JobContext QUIET = new JobContext() {
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
                    () -> port.tuning(store, new TuningRequest(csv, "peta-35", 1), epoch -> { }).run(QUIET));
            assertTrue(e.getMessage().startsWith("The compute device is set to GPU, but the PyTorch engine found no usable GPU"),
                    e.getMessage());
            assertEquals(0, new CaseJobs(store).all().size(), "no tuning job is left in the case");
        }
    }

    @Test
    void cpuSetTunesOnTheCpuAndTheOutcomeSaysSo() throws Exception {
        Path mirror = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"));
        Assumptions.assumeTrue(Files.isRegularFile(mirror.resolve("reid/osnet_x0_25_msmt17.onnx")),
                "OSNet needed in the model mirror " + mirror.toAbsolutePath());
        String previous = System.getProperty("sightline.bundledModels");
        System.setProperty("sightline.bundledModels",
                Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").toString());
        try {
            Path csv = SyntheticCrops.csv(temp.resolve("crops"), 40, 1);
            TuningOutcome outcome = TuningWiring.port(new AppPaths(temp.resolve("home")), device("cpu", mirror))
                    .tuning(new TuningRequest(csv, "peta-35", 1), epoch -> { }).run(QUIET);
            assertEquals("CPU", outcome.device());
            assertTrue(outcome.beforeAfter().endsWith("; tuned on CPU"), outcome.beforeAfter());
        } finally {
            if (previous == null) {
                System.clearProperty("sightline.bundledModels");
            } else {
                System.setProperty("sightline.bundledModels", previous);
            }
        }
    }
}
