package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptTextTower;

/**
 * Prompt tuning runs on the device its base model was opened on: the base reports it, both tuners make
 * their arrays there, the run logs it first and returns it. On this machine (no GPU) auto means the CPU and
 * a model asked onto a GPU is refused naming the device, before any weights load.
 */
class TuningDeviceTest {

    @Test
    void aBaseOpenedOnTheCpuIsTunedOnTheCpuAndTheRunSaysSo(@TempDir Path dir) throws Exception {
        TuningData data = TuningInputs.read(PromptTuningTest.petaCsv(dir, 30), BuiltInSchemas.peta35(), true);
        TuningOptions options = new TuningOptions(1, 3, 2, 0.01, 16, 5, 0.3);
        try (PedestrianVlModel model = PromptTuningTest.openModelOn(Device.cpu())) {
            assertEquals(Device.cpu(), model.device());
            TunableBase base = TunableBase.of(model);
            assertEquals(Device.cpu(), base.device());
            float[][] embeddings = CropEmbeddings.of(model, data.labels().images(), null, "test");
            try (PromptTuner tuner = new PromptTuner(base, data.attributes(), data.attributes(), data.attributes(), options,
                    TuningImages.fixed(embeddings))) {
                assertEquals(Device.cpu(), tuner.device());
            }
            try (DescriptionTuner tuner = new DescriptionTuner(PromptTextTower.of(model), options, 4)) {
                assertEquals(Device.cpu(), tuner.device());
            }
            List<String> log = new ArrayList<>();
            TuningRun.Result result = TuningRun.run(base, false, new TuningRun.Inputs(data, null), options, log::add, e -> { },
                    null, TuningResume.none());
            assertEquals("device: CPU", log.getFirst());
            assertEquals("CPU", result.device());
        }
    }

    @Test
    void withoutAGpuAutoOpensOnTheCpuAndAGpuIsRefusedNamingIt() throws Exception {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        Device auto = new DjlDeviceSelector().require(ComputeDevice.AUTO);
        assertEquals(Device.cpu(), auto);
        try (PedestrianVlModel model = PromptTuningTest.openModelOn(auto)) {
            assertEquals(Device.cpu(), TunableBase.of(model).device());
        }
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PromptTuningTest.openModelOn(Device.gpu(0)).close());
        assertEquals("Cannot run sightline-pedvl on GPU 0: the PyTorch engine has 0 usable GPUs on this machine",
                refused.getMessage());
        IllegalStateException setting = assertThrows(IllegalStateException.class,
                () -> new DjlDeviceSelector().require(ComputeDevice.GPU));
        assertTrue(setting.getMessage().startsWith("The compute device is set to GPU, but the PyTorch engine found no usable GPU"),
                setting.getMessage());
    }
}
