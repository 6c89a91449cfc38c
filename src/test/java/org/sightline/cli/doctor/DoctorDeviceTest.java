package org.sightline.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.models.ComputeDevice;

/** {@code sightline doctor} reports each engine's device under the compute-device setting, as the models choose it. */
class DoctorDeviceTest {

    @Test
    void engineLinesFollowTheRequestedDeviceAndAMissingGpuFailsTheCheck() {
        Assumptions.assumeTrue(Engine.getEngine("OnnxRuntime").getGpuCount() == 0, "describes a machine without a GPU; this one has one");
        assertEquals("starts; no usable GPU; detector models run on CPU",
                DoctorCommand.engine("OnnxRuntime", ComputeDevice.CPU, "detector models"));
        assertEquals("starts; no usable GPU; detector models run on CPU",
                DoctorCommand.engine("OnnxRuntime", ComputeDevice.AUTO, "detector models"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DoctorCommand.engine("OnnxRuntime", ComputeDevice.GPU, "detector models"));
        assertTrue(e.getMessage().startsWith("Cannot run the OnnxRuntime detector models on the GPU. The compute device is set to GPU"),
                e.getMessage());
    }
}
