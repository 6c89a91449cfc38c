package org.sightline.cli.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.search.VlModelOpener;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;

/**
 * The vision-language models the command line can open: the shipped pedestrian model
 * ({@value #DEFAULT}, from the bundled or user models folder, or {@code models/} of a source tree),
 * a folder holding a trained one ({@code config.json} + parameters), or a catalogued CLIP model
 * ({@code clip-vit-b-32}, ...). Every file is verified by SHA-256 before use. Models open on the compute
 * device given (a GPU asked for and missing is refused at open, naming the model).
 */
public final class VlModels {
    public static final String DEFAULT = ShippedPedVl.MODEL_ID;
    /** Overrides where the default model's folder is looked for (a folder holding config.json). */
    public static final String FOLDER_PROPERTY = "sightline.vlModelDir";

    private final ModelStore models;
    private final ComputeDevice device;

    /** On {@link ComputeDevice#AUTO}: a GPU when PyTorch has one, else the CPU. */
    public VlModels(ModelStore models) {
        this(models, ComputeDevice.AUTO);
    }

    public VlModels(ModelStore models, ComputeDevice device) {
        this.models = models;
        this.device = java.util.Objects.requireNonNull(device, "device");
    }

    /** The description-search model chosen in the settings ({@code searchModel}), by default {@value #DEFAULT}. */
    public static String active() {
        return org.sightline.core.config.Settings.load(AppPaths.fromEnvironment()).searchModel();
    }

    /** The app's models on the compute-device setting. */
    public static VlModels forApp() {
        AppPaths paths = AppPaths.fromEnvironment();
        return forApp(ComputeDevice.fromSetting(Settings.load(paths).effectiveComputeDevice()));
    }

    /** The app's models on {@code device}. */
    public static VlModels forApp(ComputeDevice device) {
        return new VlModels(ModelStore.forApp(AppPaths.fromEnvironment()), device);
    }

    /** The compute device asked for. */
    public ComputeDevice device() {
        return device;
    }

    public ModelStore store() {
        return models;
    }

    public VisionLanguageModel open(String name) throws IOException {
        if (name.startsWith("clip-")) {
            ai.djl.Device on = DjlDeviceSelector.pytorch(device, name);
            Path checkpoint = models.resolve(name).onlyFile();
            ClipTokenizer tokenizer = new ClipTokenizer(models.resolve("clip-bpe-vocabulary").onlyFile());
            return ClipModel.open(checkpoint, new ModelIdentity(name, Sha256.of(checkpoint)), tokenizer, on);
        }
        ai.djl.Device on = DjlDeviceSelector.pytorch(device, name.equals(DEFAULT) ? DEFAULT : "vision-language model " + name);
        Path folder = folder(name);
        Path config = folder.resolve("config.json");
        boolean shipped = name.equals(DEFAULT) && ShippedPedVl.CONFIG_SHA256.matches("[0-9a-f]{64}");
        // A folder named by the user is trusted as given; its config still pins the parameters' hash.
        String expected = shipped ? ShippedPedVl.CONFIG_SHA256 : Sha256.of(config);
        return PedestrianVlModel.open(folder, expected, models.resolve("osnet-x0.25-msmt17").onlyFile(),
                models.resolve("clip-bpe-vocabulary").onlyFile(), on);
    }

    /** Finds and verifies the files {@link #open} needs without loading the model; the message says what is missing. */
    public void requireInstalled(String name) throws IOException {
        if (name.startsWith("clip-")) {
            models.resolve(name);
        } else {
            folder(name);
            models.resolve("osnet-x0.25-msmt17");
        }
        models.resolve("clip-bpe-vocabulary");
    }

    public VlModelOpener opener() {
        return this::open;
    }

    /** The folder of a pedestrian model: {@code name} itself when it is one, else where the shipped model lives. */
    Path folder(String name) throws IOException {
        Path given = Path.of(name);
        if (Files.isRegularFile(given.resolve("config.json"))) {
            return given;
        }
        if (!name.equals(DEFAULT)) {
            throw new IOException("Unknown vision-language model '" + name + "': give " + DEFAULT
                    + ", a clip-* catalog id, or a folder holding config.json");
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(FOLDER_PROPERTY)).map(Path::of).ifPresent(candidates::add);
        models.bundledDir().ifPresent(dir -> candidates.add(dir.resolve(ShippedPedVl.FOLDER)));
        candidates.add(models.userModelsDir().resolve(ShippedPedVl.FOLDER));
        candidates.add(Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").resolve(ShippedPedVl.FOLDER));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("config.json"))) {
                return candidate;
            }
        }
        throw new IOException("The " + DEFAULT + " model is not installed; looked in " + candidates);
    }
}
