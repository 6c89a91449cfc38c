package org.sightline.cli.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.search.VlModels;
import org.sightline.core.config.AppPaths;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.djl.CrossroadAttributePredictor;

/** The attribute and vision-language models open on the compute device given. */
class AttributeModelsDeviceTest {

    @TempDir
    Path temp;

    @Test
    void cpuPutsCrossroadOnTheCpu() throws Exception {
        AttributeModels auto = RealAttributeCases.models(temp);
        assertEquals(ComputeDevice.AUTO, auto.device());
        AttributeModels models = new AttributeModels(auto.store(), ComputeDevice.CPU);
        try (AttributePredictor predictor = models.open(AttributeModels.CROSSROAD_0230)) {
            assertEquals(Device.cpu(), ((CrossroadAttributePredictor) predictor).device());
        }
    }

    @Test
    void gpuWithoutOneIsRefusedNamingTheModel() {
        ModelStore store = ModelStore.forApp(new AppPaths(temp.resolve("home")), ModelCatalog.fromClasspath(), Optional.empty());
        if (Engine.getEngine("OnnxRuntime").getGpuCount() == 0) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new AttributeModels(store, ComputeDevice.GPU).open(AttributeModels.CROSSROAD_0230));
            assertTrue(e.getMessage().startsWith("Cannot run attribute model crossroad-0230 on the GPU. The compute device "
                    + "is set to GPU, but the OnnxRuntime engine found no usable GPU"), e.getMessage());
        }
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        IllegalStateException vl = assertThrows(IllegalStateException.class,
                () -> new AttributeModels(store, ComputeDevice.GPU).open(AttributeModels.VL));
        assertTrue(vl.getMessage().startsWith("Cannot run " + VlModels.DEFAULT + " on the GPU. The compute device is set "
                + "to GPU, but the PyTorch engine found no usable GPU"), vl.getMessage());
        IllegalStateException clip = assertThrows(IllegalStateException.class,
                () -> new VlModels(store, ComputeDevice.GPU).open("clip-vit-b-32"));
        assertTrue(clip.getMessage().startsWith("Cannot run clip-vit-b-32 on the GPU."), clip.getMessage());
    }
}
