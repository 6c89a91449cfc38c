package org.sightline.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.tuning.resume.TuningRunDatabase;

/** {@code sightline tune --device}: the option over the compute-device setting, and a missing GPU refused up front. */
class TuneDeviceOptionTest {

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        System.clearProperty("sightline.device");
    }

    /** Exit code and err of {@code sightline tune args}. */
    private String[] tune(String... args) {
        String[] result = TuneRun.tune(temp.resolve("home"), args);
        return new String[] {result[0], result[2]};
    }

    @Test
    void gpuWithoutOneIsRefusedNamingItBeforeAnythingIsWritten() {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        Path pack = temp.resolve("pack.json");
        String[] result = tune(temp.resolve("labels.csv").toString(), "--out", pack.toString(), "--device", "gpu");
        assertEquals("1", result[0]);
        assertTrue(result[1].contains("The compute device is set to GPU, but the PyTorch engine found no usable GPU on this machine"),
                result[1]);
        assertFalse(Files.exists(TuningRunDatabase.beside(pack)), "no run database for a run that cannot start");
    }

    @Test
    void theOptionOverridesTheSettingAndBadValuesListTheChoices() {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        System.setProperty("sightline.device", "gpu");
        Path missing = temp.resolve("labels.csv");
        String[] setting = tune(missing.toString(), "--out", temp.resolve("a.json").toString());
        assertTrue(setting[1].contains("The compute device is set to GPU"), "the setting applies without --device: " + setting[1]);
        String[] cpu = tune(missing.toString(), "--out", temp.resolve("b.json").toString(), "--device", "cpu");
        assertFalse(cpu[1].contains("compute device"), cpu[1]);
        assertTrue(cpu[1].contains(missing.toString()), "past the device, the missing input is named: " + cpu[1]);
        String[] bad = tune(missing.toString(), "--out", temp.resolve("c.json").toString(), "--device", "tpu");
        assertTrue(bad[1].contains("Unknown compute device 'tpu': use auto, cpu or gpu"), bad[1]);
    }
}
