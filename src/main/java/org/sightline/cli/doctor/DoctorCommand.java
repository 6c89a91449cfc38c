package org.sightline.cli.doctor;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sightline.cli.bases.DeviceOption;
import java.util.concurrent.Callable;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.DeviceChoice;
import org.sightline.core.models.ModelEntry;
import org.sightline.core.models.ModelStore;
import org.sightline.core.video.FrameSampling;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.ffmpeg.FfmpegFrameSource;
import org.sightline.engine.opencv.OpenCvNatives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sightline doctor}: loads every native engine (PyTorch, OnnxRuntime, OpenCV, and FFmpeg on a
 * given video) and shows the folders and models in use, so a broken installation says what is wrong. Each
 * engine's line says which device its models run on under the compute-device setting (or {@code --device}),
 * exactly as the app and the other commands choose it; gpu without a usable GPU fails that engine's check.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check that the engines load and show the folders and models in use.")
public final class DoctorCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--video", paramLabel = "FILE", description = "Also decode the first frame of this video.")
    private Path video;

    @Mixin
    DeviceOption device = new DeviceOption();

    private PrintWriter out;
    private int failures;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        AppPaths paths = AppPaths.fromEnvironment();
        out.printf("Java:            %s (%s)%n", Runtime.version(), System.getProperty("java.home"));
        out.printf("App data:        %s%n", paths.home());
        out.printf("Native caches:   %s%n", paths.cacheDir());
        ComputeDevice requested;
        try {
            requested = device.requested(paths);
        } catch (IllegalArgumentException e) {
            out.printf("%-16s FAILED: %s%n", "Compute device:", e.getMessage());
            out.flush();
            return 1;
        }
        out.printf("%-16s %s%n", "Compute device:", requested.name().toLowerCase(Locale.ROOT));
        check("Models", () -> models(paths));
        check("PyTorch engine", () -> engine(DjlDeviceSelector.PYTORCH, requested, "vision-language models"));
        check("OnnxRuntime", () -> engine(DjlDeviceSelector.ONNX_RUNTIME, requested, "detector, re-ID and attribute models"));
        check("OpenCV", () -> {
            OpenCvNatives.ensureLoaded();
            return "loaded";
        });
        if (video != null) {
            check("FFmpeg", this::firstFrame);
        }
        out.printf("%s%n", failures == 0 ? "All checks passed." : failures + " check(s) failed.");
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private interface Check {
        String run() throws Exception;
    }

    private void check(String name, Check check) {
        try {
            out.printf("%-16s %s%n", name + ":", check.run());
        } catch (Exception | LinkageError e) {
            failures++;
            out.printf("%-16s FAILED: %s%n", name + ":", e);
        }
        out.flush();
    }

    private static String models(AppPaths paths) {
        ModelStore store = ModelStore.forApp(paths);
        long usable = store.catalog().models().stream().filter(entry -> usable(store, entry)).count();
        return usable + " of " + store.catalog().models().size() + " catalogued models usable; user folder "
                + store.userModelsDir() + store.bundledDir().map(dir -> "; bundled " + dir).orElse("")
                + store.mirrorDir().map(dir -> "; mirror " + dir).orElse("");
    }

    private static boolean usable(ModelStore store, ModelEntry entry) {
        return entry.files().stream().allMatch(file -> store.status(entry, file).state().isUsable());
    }

    /** The engine starts, what GPUs it has, and where {@code models} run under {@code requested}. */
    static String engine(String name, ComputeDevice requested, String models) {
        DjlDeviceSelector selector = new DjlDeviceSelector(name);
        DeviceChoice available = selector.select(ComputeDevice.AUTO);
        Optional<String> failed = available.fallbackReason().filter(reason -> reason.contains("could not"));
        if (failed.isPresent()) {
            throw new IllegalStateException(failed.get());
        }
        Device on = selector.require(requested, "the " + name + " " + models);
        return "starts; " + (available.usesGpu() ? available.device() : "no usable GPU") + "; " + models + " run on "
                + DjlDeviceSelector.describe(on);
    }

    private String firstFrame() {
        try (FfmpegFrameSource source = new FfmpegFrameSource(video, FrameSampling.everyFrame())) {
            boolean decoded = source.nextFrame().isPresent();
            if (!decoded) {
                throw new IllegalStateException(video + " has no frame");
            }
            return String.format("decoded a %dx%d frame of %s (%.2f fps)", source.width(), source.height(),
                    video.getFileName(), source.frameRate());
        }
    }
}
