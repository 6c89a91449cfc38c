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
    /** DJL's name of the engine that runs the vision-language models (sightline-pedvl, CLIP). */
    public static final String PYTORCH = "PyTorch";
    /** DJL's name of the engine that runs the ONNX models (detectors, OSNet, crossroad-0230). */
    public static final String ONNX_RUNTIME = "OnnxRuntime";
    /** Counts the GPUs an engine can use; throws when the engine cannot start. */
    @FunctionalInterface
    interface GpuCounter {
        int count(String engineName);
    }

    /** The engine's usable GPUs, or none and why. */
    private record Gpus(int count, String problem) {
    }

    private final String engineName;
    private final GpuCounter counter;

    public DjlDeviceSelector() {
        this(PYTORCH);
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
        Gpus gpus = gpus();
        if (gpus.count() > 0) {
            return new DeviceChoice(requested, 0, "GPU 0 of " + gpus.count() + " (" + engineName + ")", Optional.empty());
        }
        if (requested == ComputeDevice.GPU) {
            return new DeviceChoice(requested, -1, "no device", Optional.of("GPU requested, but " + gpus.problem()
                    + "; models refuse to run until the compute device is set to auto or cpu"));
        }
        return new DeviceChoice(requested, -1, "CPU", Optional.of(gpus.problem()));
    }

    /**
     * The DJL device for work the user points at a device (prompt tuning): CPU is always the CPU, AUTO the
     * first GPU when the engine has one, else the CPU, and GPU without a usable GPU is an error, not a quiet
     * fallback.
     *
     * @throws IllegalStateException naming the device asked for and why it cannot be had
     */
    public Device require(ComputeDevice requested) {
        if (requested == ComputeDevice.CPU) {
            return Device.cpu();
        }
        Gpus gpus = gpus();
        if (gpus.count() > 0) {
            return Device.gpu(0);
        }
        if (requested == ComputeDevice.GPU) {
            throw new IllegalStateException("The compute device is set to GPU, but " + gpus.problem()
                    + ": set it to auto or cpu (Models › Compute device, or --device)");
        }
        return Device.cpu();
    }

    /**
     * As {@link #require(ComputeDevice)}, for one model: a missing GPU is refused naming {@code what} (e.g.
     * "detector nanodet-m") as well as the device.
     */
    public Device require(ComputeDevice requested, String what) {
        try {
            return require(requested);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Cannot run " + what + " on the GPU. " + e.getMessage(), e);
        }
    }

    /** The ONNX Runtime device for {@code what} (see {@link #require(ComputeDevice, String)}). */
    public static Device onnx(ComputeDevice requested, String what) {
        return new DjlDeviceSelector(ONNX_RUNTIME).require(requested, what);
    }

    /** The PyTorch device for {@code what} (see {@link #require(ComputeDevice, String)}). */
    public static Device pytorch(ComputeDevice requested, String what) {
        return new DjlDeviceSelector(PYTORCH).require(requested, what);
    }

    private Gpus gpus() {
        try {
            int count = counter.count(engineName);
            return count > 0 ? new Gpus(count, null) : new Gpus(0, "the " + engineName + " engine found no usable GPU on this machine");
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return new Gpus(0, "the " + engineName + " engine could not report its GPUs: " + e.getMessage());
        }
    }

    /** The DJL device for a choice made by this selector. */
    public static Device toDjlDevice(DeviceChoice choice) {
        return choice.usesGpu() ? Device.gpu(choice.gpuIndex()) : Device.cpu();
    }

    /**
     * Throws, naming the device, unless {@code engineName} can run {@code what} on {@code device} (the CPU
     * always can): without this a missing GPU surfaces as an engine error about a missing CUDA backend.
     */
    public static void requireUsable(Device device, String engineName, String what) {
        if (!device.isGpu()) {
            return;
        }
        int gpus = new DjlDeviceSelector(engineName).gpus().count();
        if (device.getDeviceId() >= gpus) {
            throw new IllegalStateException("Cannot run " + what + " on " + describe(device) + ": the " + engineName
                    + " engine has " + gpus + " usable GPU" + (gpus == 1 ? "" : "s") + " on this machine");
        }
    }

    /** A device as users read it: "CPU" or "GPU 0". */
    public static String describe(Device device) {
        return device.isGpu() ? "GPU " + device.getDeviceId() : "CPU";
    }
}
