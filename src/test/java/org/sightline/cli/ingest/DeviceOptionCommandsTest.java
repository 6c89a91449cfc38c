package org.sightline.cli.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.search.SearchCommand;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.models.ModelStore;
import org.sightline.cli.CommandRun;
import org.sightline.cli.CommandRun.Result;

/**
 * {@code --device} on ingest and search: parsed, over the compute-device setting (settings.json here), a
 * missing GPU refused before anything is written, and the device used said on stderr.
 */
class DeviceOptionCommandsTest {
    @TempDir
    Path temp;
    private String previousHome;


    @BeforeEach
    void ownHome() {
        previousHome = System.getProperty("sightline.home");
        System.setProperty("sightline.home", temp.resolve("home").toString());
        Assumptions.assumeTrue(System.getProperty("sightline.device") == null && System.getenv("SIGHTLINE_DEVICE") == null,
                "the device is forced from outside (sightline.device / SIGHTLINE_DEVICE); the settings file would not apply");
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("sightline.home");
        } else {
            System.setProperty("sightline.home", previousHome);
        }
    }

    private void setting(String device) {
        AppPaths paths = AppPaths.fromEnvironment();
        Settings.load(paths).withComputeDevice(device).save(paths);
    }

    Result run(Object command, String... args) {
        return CommandRun.run(command, args);
    }

    @Test
    void ingestRefusesAMissingGpuFromTheOptionOrTheSettingBeforeCreatingTheCase() {
        Assumptions.assumeTrue(Engine.getEngine("OnnxRuntime").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        Path caseFolder = temp.resolve("case");
        Path input = temp.resolve("absent.avi");
        Result option = run(new IngestCommand(), caseFolder.toString(), input.toString(), "--create", "--device", "gpu");
        assertEquals(1, option.exit(), option.err());
        assertTrue(option.err().contains("Cannot run the detector and re-ID models on the GPU. The compute device is set to GPU, "
                + "but the OnnxRuntime engine found no usable GPU"), option.err());
        assertFalse(Files.exists(caseFolder), "nothing is created for an ingest that cannot run");

        setting("gpu");
        Result fromSetting = run(new IngestCommand(), caseFolder.toString(), input.toString(), "--create");
        assertEquals(1, fromSetting.exit());
        assertTrue(fromSetting.err().contains("Cannot run the detector and re-ID models on the GPU."), fromSetting.err());

        Result cpu = run(new IngestCommand(), caseFolder.toString(), input.toString(), "--create", "--device", "cpu");
        assertTrue(cpu.err().contains("Device for the detector and re-ID models: CPU (compute device: cpu)"), cpu.err());
        assertTrue(cpu.err().contains("No such file or folder: " + input), "past the device, the missing input: " + cpu.err());

        Result bad = run(new IngestCommand(), caseFolder.toString(), input.toString(), "--device", "tpu");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("Unknown compute device 'tpu': use auto, cpu or gpu"), bad.err());
    }

    @Test
    void ingestOnTheCpuSettingRunsTheModelsThere() {
        String data = System.getProperty("sightline.dataDir");
        String mirror = System.getProperty(ModelStore.MIRROR_PROPERTY);
        Assumptions.assumeTrue(data != null && Files.isRegularFile(Path.of(data, "video/pets2009-s2l1-480x360.avi")),
                "PETS clip not found under system property sightline.dataDir = " + data + "; skipping");
        Assumptions.assumeTrue(mirror != null && Files.isRegularFile(Path.of(mirror, "detector/nanodet_m.onnx"))
                        && Files.isRegularFile(Path.of(mirror, "reid/osnet_x0_25_msmt17.onnx")),
                "models not found under system property sightline.modelMirror = " + mirror + "; skipping");
        setting("cpu");
        Path video = Path.of(data, "video/pets2009-s2l1-480x360.avi").toAbsolutePath();
        Result ingest = run(new IngestCommand(), temp.resolve("case").toString(), video.toString(), "--create",
                "--until-frame", "3", "--no-search-embeddings", "--no-identities");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.err().contains("Device for the detector and re-ID models: CPU (compute device: cpu)"), ingest.err());
        assertFalse(ingest.err().contains("HOG"), "the ONNX detector ran, not the fallback: " + ingest.err());
    }

    @Test
    void searchRefusesAMissingGpuFromTheOptionOrTheSettingAndTheOptionWins() {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        Path caseFolder = temp.resolve("no-case");
        Result option = run(new SearchCommand(), caseFolder.toString(), "man in a red coat", "--device", "gpu");
        assertEquals(1, option.exit());
        assertTrue(option.err().contains("Cannot run the vision-language model on the GPU. The compute device is set to GPU, "
                + "but the PyTorch engine found no usable GPU"), option.err());

        setting("gpu");
        Result fromSetting = run(new SearchCommand(), caseFolder.toString(), "man in a red coat");
        assertEquals(1, fromSetting.exit());
        assertTrue(fromSetting.err().contains("Cannot run the vision-language model on the GPU."), fromSetting.err());

        Result cpu = run(new SearchCommand(), caseFolder.toString(), "man in a red coat", "--device", "cpu");
        assertEquals(1, cpu.exit());
        assertTrue(cpu.err().contains("Device for the vision-language model: CPU (compute device: cpu)"), cpu.err());
        assertFalse(cpu.err().contains("on the GPU"), "--device cpu wins over the setting: " + cpu.err());
    }
}
