package org.sightline.engine.djl.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.DeviceChoice;

class DjlDeviceSelectorTest {

    @Test
    void onThisMachineAutoFallsBackToTheCpuAndGpuSaysModelsRefuse() {
        assertEquals("true", System.getProperty("ai.djl.offline"), "tests run DJL offline");
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0,
                "this test describes a machine without a GPU; this one has one");
        DjlDeviceSelector selector = new DjlDeviceSelector();

        DeviceChoice auto = selector.select(ComputeDevice.AUTO);
        assertFalse(auto.usesGpu());
        assertEquals("CPU", auto.device());
        assertEquals(Device.cpu(), DjlDeviceSelector.toDjlDevice(auto));

        DeviceChoice gpu = selector.select(ComputeDevice.GPU);
        assertFalse(gpu.usesGpu());
        assertEquals("no device (GPU requested, but the PyTorch engine found no usable GPU on this machine; "
                + "models refuse to run until the compute device is set to auto or cpu)", gpu.describe());

        DeviceChoice cpu = selector.select(ComputeDevice.CPU);
        assertEquals("CPU", cpu.describe());
        assertEquals(Optional.empty(), cpu.fallbackReason());
    }

    @Test
    void gpuIsUsedWhenTheEngineReportsOneUnlessCpuIsForced() {
        DjlDeviceSelector selector = new DjlDeviceSelector("PyTorch", engine -> 2);
        DeviceChoice auto = selector.select(ComputeDevice.AUTO);
        assertTrue(auto.usesGpu());
        assertEquals("GPU 0 of 2 (PyTorch)", auto.describe());
        assertEquals(Device.gpu(0), DjlDeviceSelector.toDjlDevice(auto));
        assertFalse(selector.select(ComputeDevice.CPU).usesGpu());
    }

    @Test
    void anEngineThatCannotStartMeansCpuWithTheCause() {
        DjlDeviceSelector selector = new DjlDeviceSelector("PyTorch", engine -> {
            throw new IllegalArgumentException("Deep learning engine not found: PyTorch");
        });
        DeviceChoice choice = selector.select(ComputeDevice.GPU);
        assertFalse(choice.usesGpu());
        assertTrue(choice.describe().contains("Deep learning engine not found: PyTorch"), choice.describe());
    }

    @Test
    void requireForcesTheCpuTakesAGpuOnAutoAndRefusesAMissingGpuNamingIt() {
        DjlDeviceSelector withGpus = new DjlDeviceSelector("PyTorch", engine -> 2);
        assertEquals(Device.cpu(), withGpus.require(ComputeDevice.CPU), "CPU is forced even with a GPU");
        assertEquals(Device.gpu(0), withGpus.require(ComputeDevice.AUTO));
        assertEquals(Device.gpu(0), withGpus.require(ComputeDevice.GPU));

        DjlDeviceSelector withoutGpu = new DjlDeviceSelector("PyTorch", engine -> 0);
        assertEquals(Device.cpu(), withoutGpu.require(ComputeDevice.AUTO));
        assertEquals(Device.cpu(), withoutGpu.require(ComputeDevice.CPU));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> withoutGpu.require(ComputeDevice.GPU));
        assertEquals("The compute device is set to GPU, but the PyTorch engine found no usable GPU on this machine: "
                + "set it to auto or cpu (Models › Compute device, or --device)", e.getMessage());
        assertEquals("GPU 1", DjlDeviceSelector.describe(Device.gpu(1)));
        assertEquals("CPU", DjlDeviceSelector.describe(Device.cpu()));
    }

    @Test
    void aRefusalForOneModelNamesTheModelAndTheDevice() {
        DjlDeviceSelector withoutGpu = new DjlDeviceSelector("OnnxRuntime", engine -> 0);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> withoutGpu.require(ComputeDevice.GPU, "detector nanodet-m"));
        assertEquals("Cannot run detector nanodet-m on the GPU. The compute device is set to GPU, but the OnnxRuntime "
                + "engine found no usable GPU on this machine: set it to auto or cpu (Models › Compute device, or --device)",
                e.getMessage());
        assertEquals(Device.cpu(), withoutGpu.require(ComputeDevice.CPU, "detector nanodet-m"));
        assertEquals(Device.cpu(), DjlDeviceSelector.onnx(ComputeDevice.CPU, "anything"), "CPU needs no engine query");
    }

    @Test
    void settingValuesParseCaseInsensitively() {
        assertEquals(ComputeDevice.GPU, ComputeDevice.fromSetting(" gpu "));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ComputeDevice.fromSetting("tpu"));
        assertEquals("Unknown compute device 'tpu': use auto, cpu or gpu", e.getMessage());
    }
}
