package org.sightline.engine.djl.device;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Optional;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.DeviceChoice;
import org.sightline.core.models.DeviceSelector;

/**
 * Chooses the inference device from what a DJL engine reports. Only asks the engine for its GPU count,
 * which reads the locally bundled native library: with {@code -Dai.djl.offline=true} nothing is
 * downloaded.
 */
public final class DjlDeviceSelector implements DeviceSelector {
    /** Counts the GPUs an engine can use; throws when the engine cannot start. */
    @FunctionalInterface
    interface GpuCounter {
        int count(String engineName);
    }

    private final String engineName;
    private final GpuCounter counter;

    public DjlDeviceSelector() {
        this("PyTorch");
    }

    public DjlDeviceSelector(String engineName) {
        this(engineName, name -> Engine.getEngine(name).getGpuCount());
    }

    DjlDeviceSelector(String engineName, GpuCounter counter) {
        this.engineName = engineName;
        this.counter = counter;
    }

    @Override
    public DeviceChoice select(ComputeDevice requested) {
        if (requested == ComputeDevice.CPU) {
            return new DeviceChoice(requested, -1, "CPU", Optional.empty());
        }
        int gpus;
        try {
            gpus = counter.count(engineName);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return cpu(requested, "the " + engineName + " engine could not report its GPUs: " + e.getMessage());
        }
        if (gpus > 0) {
            return new DeviceChoice(requested, 0, "GPU 0 of " + gpus + " (" + engineName + ")", Optional.empty());
        }
        return cpu(requested, "the " + engineName + " engine found no usable GPU on this machine");
    }

    private static DeviceChoice cpu(ComputeDevice requested, String why) {
        String reason = requested == ComputeDevice.GPU ? "GPU requested, but " + why + "; using the CPU" : why;
        return new DeviceChoice(requested, -1, "CPU", Optional.of(reason));
    }

    /** The DJL device for a choice made by this selector. */
    public static Device toDjlDevice(DeviceChoice choice) {
        return choice.usesGpu() ? Device.gpu(choice.gpuIndex()) : Device.cpu();
    }
}
