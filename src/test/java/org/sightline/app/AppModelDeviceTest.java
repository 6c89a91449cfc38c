package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.attributes.AttributeModels;
import org.sightline.cli.search.VlModels;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.CrossroadAttributePredictor;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/** The app's attribute model and description search open on the compute device of its settings. */
class AppModelDeviceTest {

    @TempDir
    Path temp;

    private static Settings device(String value, Path mirror) {
        return new Settings(value, mirror == null ? null : mirror.toString(), Settings.DEFAULT_SEARCH_MODEL);
    }

    @Test
    void cpuSetPutsTheAttributeModelOnTheCpu() throws Throwable {
        CheckoutModels.with(mirror -> {
            var port = AttributeModelWiring.port(new AppPaths(temp.resolve("home")), device("cpu", mirror));
            try (AttributePredictor predictor = port.opener().open(AttributeModels.CROSSROAD_0230)) {
                assertEquals(Device.cpu(), ((CrossroadAttributePredictor) predictor).device());
            }
        });
    }

    @Test
    void gpuSetWithoutOneRefusesTheAttributeModelNamingIt() throws Exception {
        Assumptions.assumeTrue(Engine.getEngine("OnnxRuntime").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        var port = AttributeModelWiring.port(new AppPaths(temp.resolve("home")), device("gpu", null));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> port.opener().open(AttributeModels.CROSSROAD_0230));
        assertTrue(e.getMessage().startsWith("Cannot run attribute model crossroad-0230 on the GPU. The compute device is set to GPU"),
                e.getMessage());
    }

    @Test
    void theSearchPortOpensItsModelOnTheDeviceItWasGiven() throws Throwable {
        CheckoutModels.with(mirror -> {
            try (CaseStore store = Cases.create(temp.resolve("case"), "device case");
                 JobRunner runner = new JobRunner(1);
                 CaseSearchPort port = new CaseSearchPort(store, runner, ComputeDevice.CPU)) {
                assertEquals(ComputeDevice.CPU, port.models().device());
                try (VisionLanguageModel model = port.models().open(VlModels.DEFAULT)) {
                    assertEquals(Device.cpu(), ((PedestrianVlModel) model).device());
                }
            }
        });
    }

    @Test
    void gpuWithoutOneRefusesTheSearchModelNamingIt() throws Exception {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        try (CaseStore store = Cases.create(temp.resolve("case"), "device case");
             JobRunner runner = new JobRunner(1);
             CaseSearchPort port = new CaseSearchPort(store, runner, ComputeDevice.GPU)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> port.models().open(VlModels.DEFAULT));
            assertTrue(e.getMessage().startsWith("Cannot run " + VlModels.DEFAULT + " on the GPU. The compute device is set to GPU"),
                    e.getMessage());
        }
    }
}
