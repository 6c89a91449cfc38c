package org.sightline.cli.tune;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.core.config.AppPaths;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.engine.djl.tuning.DescriptionTuning;
import org.sightline.engine.djl.tuning.DescriptionTuningResult;
import org.sightline.engine.djl.tuning.PromptTuning;
import org.sightline.engine.djl.vl.PromptTextTower;
import org.sightline.engine.djl.tuning.TuningOptions;
import org.sightline.engine.djl.tuning.TuningResult;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline tune}: learns text prompt vectors, visual region prompts and per-attribute heads for
 * a base model (the shipped sightline-pedvl, a catalogued CLIP model or a CLIP checkpoint file) on a
 * labelled folder tree or labels CSV, and writes them as a prompt pack. The base model's weights stay
 * as they are.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Tune attribute prompts of a base model on labelled crops and write a prompt pack.",
                "Input: a labelled folder tree (<root>/<attribute>/yes|no/..., with schema.json) or a labels CSV.",
                "Prints per-epoch loss and validation mA, then validation mA before and after tuning.",
                "With --task retrieval: identity folders (<root>/<identity>/*.jpg + description.txt, one description a line);",
                "learns only the text prompts for description search and prints validation R@1/5/10 and mAP before and after."})
public final class TuneCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER_OR_CSV", description = "Labelled folder tree or labels CSV.")
    Path input;

    @Option(names = "--task", paramLabel = "TASK", description = "attributes (default) or retrieval (description search).")
    String task = "attributes";

    @Option(names = "--base", paramLabel = "MODEL", description = "Base model: ${DEFAULT-VALUE} (default), a CLIP catalog id "
            + "(clip-vit-b-16, ...) or a CLIP checkpoint file (/path/ViT-B-16.pt; the pack is tied to its SHA-256).")
    String base = ShippedPedVl.MODEL_ID;

    @Option(names = "--no-image-prompts", description = "Learn text prompts and heads only, no visual region prompts.")
    boolean noImagePrompts;

    @Option(names = "--region-tokens", paramLabel = "N", description = "CLIP ViT: prompt tokens per body region (default: ${DEFAULT-VALUE}).")
    int regionTokens = 2;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Prompt pack to write (JSON).")
    Path out;

    @Option(names = "--schema", paramLabel = "ID_OR_FILE", description = "Attribute schema (needed for a CSV; a folder tree has its own).")
    String schema;

    @Option(names = "--epochs", paramLabel = "N", description = "At most this many epochs (default: ${DEFAULT-VALUE}).")
    int epochs = TuningOptions.defaults().epochs();

    @Option(names = "--seed", paramLabel = "S", description = "Seed for split, initial prompts and order (default: ${DEFAULT-VALUE}).")
    long seed = TuningOptions.defaults().seed();

    @Option(names = "--prompts", paramLabel = "N", description = "Learned prompt vectors (default: ${DEFAULT-VALUE}).")
    int prompts = TuningOptions.defaults().promptCount();

    @Option(names = "--skip-empty", description = "Leave out attributes without positive or negative images (with "
            + "--task retrieval: identity folders without images or description) instead of failing.")
    boolean skipEmpty;

    @Option(names = "--models-mirror", paramLabel = "DIR", description = "A model mirror folder to look in besides the models folder.")
    Path mirror;

    @Override
    public Integer call() throws Exception {
        if (!task.equals("attributes") && !task.equals(DescriptionTuning.TASK)) {
            throw new IllegalArgumentException("--task '" + task + "': expected attributes or " + DescriptionTuning.TASK);
        }
        if (task.equals(DescriptionTuning.TASK) && !ShippedPedVl.MODEL_ID.equals(base)) {
            throw new IllegalArgumentException("--task " + DescriptionTuning.TASK + " tunes " + ShippedPedVl.MODEL_ID
                    + " only, not '" + base + "'");
        }
        AppPaths paths = AppPaths.fromEnvironment();
        IdentityFolders.Identities identities = null;
        TuningData data = null;
        if (task.equals(DescriptionTuning.TASK)) {
            identities = IdentityFolders.read(input, skipEmpty);
        } else {
            AttributeSchema resolved = schema == null ? null : SchemaLibrary.forApp(paths).resolve(schema);
            data = TuningInputs.read(input, resolved, skipEmpty);
        }
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), Optional.ofNullable(mirror).map(Path::toString));
        PrintStream console = new PrintStream(System.out, true);
        TuningOptions options = TuningOptions.defaults().withEpochs(epochs).withSeed(seed).withPromptCount(prompts);
        try (TuneBases.Opened opened = TuneBases.open(base, store, regionTokens)) {
            PedestrianVlModel model = opened.pedvl();
            if (identities != null) {
                DescriptionTuningResult r = new DescriptionTuning(model, identities, options, console::println).run(null);
                PromptPackJson.write(r.pack(), out);
                console.printf(Locale.ROOT, "validation description search (%d identities not trained on): before %s; after %s "
                        + "(prompt pack, best epoch %d)%n", r.validationPeople(), r.before(), r.after(), r.bestEpoch());
                console.printf(Locale.ROOT, "trained %d prompt values; the base model's %d weights unchanged%n",
                        r.pack().prompts().values().length, PromptTextTower.of(model).baseParameterCount());
                console.println("wrote " + out.toAbsolutePath());
                return 0;
            }
            TuningResult result = new PromptTuning(opened.base(), !noImagePrompts, data, options, console::println, e -> { })
                    .run(null);
            PromptPackJson.write(result.pack(), out);
            long trained = result.pack().trainedParameterCount();
            console.printf(Locale.ROOT, "validation mA over %d attributes: before %.4f (zero-shot), %.4f (zero-shot + offsets "
                            + "tuned on the training part); after %.4f (prompt pack, best epoch %d)%n",
                    result.tuned().attributes().size() - result.tuned().undefinedAttributes().size(),
                    result.zeroShot().meanAccuracy(), result.zeroShotWithOffsets().meanAccuracy(),
                    result.tuned().meanAccuracy(), result.bestEpoch());
            console.printf(Locale.ROOT, "trained %d numbers (%d text prompt values + %d image prompt values + %d head values), "
                            + "%.3f%% of the base model's %d%s%n", trained, result.pack().prompts().values().length,
                    result.pack().imagePrompts().values().length, 2 * result.pack().heads().size(),
                    100.0 * trained / result.baseParameterCount(), result.baseParameterCount(),
                    model != null ? " (OSNet's weights, frozen, not counted)" : "");
            console.println("wrote " + out.toAbsolutePath());
        }
        return 0;
    }
}
