package org.sightline.engine.pipeline;

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
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.engine.djl.NanoDetDetector;
import org.sightline.engine.djl.OsnetEmbedder;

/** Ingest's ONNX models open on the compute device given: cpu is the CPU, gpu without one is refused naming the model. */
class ModelStoreEnginesDeviceTest {

    @TempDir
    Path temp;

    @Test
    void cpuPutsTheDetectorAndTheReidModelOnTheCpu() throws Exception {
        ModelStoreEngines auto = IngestFixture.engines(temp.resolve("home"));
        ModelStoreEngines engines = new ModelStoreEngines(ModelStore.forApp(new AppPaths(temp.resolve("home")),
                ModelCatalog.fromClasspath(), Optional.empty()), ComputeDevice.CPU);
        assertEquals(ComputeDevice.AUTO, auto.device(), "engines made without a device take auto");
        try (IngestEngines.DetectorChoice detector = engines.detector(IngestSettings.DEFAULT_DETECTOR, null);
             IngestEngines.EmbedderChoice embedder = engines.embedder(IngestSettings.DEFAULT_REID)) {
            assertEquals(IngestSettings.DEFAULT_DETECTOR, detector.detectorId(), "the ONNX detector, not the HOG fallback");
            assertEquals(Device.cpu(), ((NanoDetDetector) detector.detector()).device());
            assertEquals(Device.cpu(), ((OsnetEmbedder) embedder.embedder()).device());
        }
    }

    @Test
    void gpuWithoutOneIsRefusedNamingTheModelBeforeItsFileIsLookedFor() {
        Assumptions.assumeTrue(Engine.getEngine("OnnxRuntime").getGpuCount() == 0,
                "describes a machine where ONNX Runtime has no GPU; this one has one");
        ModelStoreEngines engines = new ModelStoreEngines(ModelStore.forApp(new AppPaths(temp.resolve("home")),
                ModelCatalog.fromClasspath(), Optional.empty()), ComputeDevice.GPU);
        IllegalStateException detector = assertThrows(IllegalStateException.class,
                () -> engines.detector(IngestSettings.DEFAULT_DETECTOR, null));
        assertTrue(detector.getMessage().startsWith("Cannot run detector " + IngestSettings.DEFAULT_DETECTOR
                + " on the GPU. The compute device is set to GPU, but the OnnxRuntime engine found no usable GPU"),
                detector.getMessage());
        IllegalStateException reid = assertThrows(IllegalStateException.class,
                () -> engines.embedder(IngestSettings.DEFAULT_REID));
        assertTrue(reid.getMessage().startsWith("Cannot run re-ID model " + IngestSettings.DEFAULT_REID + " on the GPU."),
                reid.getMessage());
    }
}
