package org.sightline.cli.bases;

import ai.djl.Device;
import java.io.PrintWriter;
import java.util.Locale;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.models.ComputeDevice;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import picocli.CommandLine.Option;

/**
 * {@code --device cpu|gpu|auto} for commands that run a model (mix it in with {@code @Mixin}). Without it
 * the app's compute-device setting applies ({@code sightline.device}, {@code SIGHTLINE_DEVICE}, then the
 * settings file; auto unless changed). gpu on a machine without a usable GPU is an error.
 */
public final class DeviceOption {

    @Option(names = "--device", paramLabel = "DEVICE", description = "cpu, gpu or auto (a GPU when there is one); "
            + "default: the compute-device setting (auto unless changed).")
    String device;

    /** What was asked for: the option, else the setting. */
    public ComputeDevice requested(AppPaths paths) {
        return ComputeDevice.fromSetting(device != null ? device : Settings.load(paths).effectiveComputeDevice());
    }

    /** The PyTorch device to run on; throws, naming the device, when a GPU is asked for and there is none. */
    public Device resolve(AppPaths paths) {
        return new DjlDeviceSelector().require(requested(paths));
    }

    /**
     * What was asked for, checked up front against {@code engineName} (see {@link DjlDeviceSelector}) so a
     * missing GPU fails before anything is read or written, naming {@code what}; says on {@code err} where
     * {@code what} runs, e.g. "Device for the detector and re-ID models: CPU (compute device: cpu)".
     */
    public ComputeDevice check(AppPaths paths, String engineName, String what, PrintWriter err) {
        ComputeDevice requested = requested(paths);
        Device on = new DjlDeviceSelector(engineName).require(requested, what);
        err.println("Device for " + what + ": " + DjlDeviceSelector.describe(on) + " (compute device: "
                + requested.name().toLowerCase(Locale.ROOT) + ")");
        return requested;
    }
}
