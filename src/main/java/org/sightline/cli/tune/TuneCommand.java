package org.sightline.cli.tune;

import ai.djl.Device;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.cli.bases.BaseModels;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.core.config.AppPaths;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.resume.TuningCheckpoint;
import org.sightline.core.tuning.resume.TuningRunDatabase;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.tuning.DescriptionTuning;
import org.sightline.engine.djl.tuning.DescriptionTuningResult;
import org.sightline.engine.djl.tuning.TunableBase;
import org.sightline.engine.djl.tuning.TuningOptions;
import org.sightline.engine.djl.tuning.TuningResult;
import org.sightline.engine.djl.tuning.TuningResume;
import org.sightline.engine.djl.tuning.TuningRun;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline tune}: learns text prompt vectors, visual region prompts and per-attribute heads for
 * a base model (the shipped sightline-pedvl, a catalogued CLIP model or a CLIP checkpoint file) on a
 * labelled folder tree or labels CSV, and writes them as a prompt pack. The base model's weights stay
 * as they are. While it runs, {@code <out>.tuning.db} (SQLite) holds its settings and the checkpoint of
 * its last finished epoch; {@code --resume} continues from it, and it is deleted once the pack is written.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Tune attribute prompts of a base model on labelled crops and write a prompt pack.",
                "Input: a labelled folder tree (<root>/<attribute>/yes|no/..., with schema.json) or a labels CSV.",
                "Prints per-epoch loss and validation mA, then validation mA before and after tuning.",
                "With --task retrieval: identity folders (<root>/<identity>/*.jpg + description.txt, one description a line);",
                "learns only the text prompts for description search and prints validation R@1/5/10 and mAP before and after.",
                "An interrupted run (cancelled, killed) continues from its last finished epoch with --resume."})
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

    @Mixin
    DeviceOption device = new DeviceOption();

    @Option(names = "--resume", description = "Continue the unfinished run saved beside --out (<out>.tuning.db) from its last "
            + "finished epoch; give the same input and options. The result is the pack an uninterrupted run writes.")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        if (!task.equals(TuningRun.ATTRIBUTES) && !task.equals(DescriptionTuning.TASK)) {
            throw new IllegalArgumentException("--task '" + task + "': expected attributes or " + DescriptionTuning.TASK);
        }
        if (task.equals(DescriptionTuning.TASK) && !ShippedPedVl.MODEL_ID.equals(base)) {
            throw new IllegalArgumentException("--task " + DescriptionTuning.TASK + " tunes " + ShippedPedVl.MODEL_ID
                    + " only, not '" + base + "'");
        }
        Path runFile = TuningRunDatabase.beside(out);
        if (!resume) {
            TuningRunDatabase.requireNone(runFile);
        }
        TuningRunDatabase run = resume ? TuningRunDatabase.open(runFile) : null;
        try {
            return tune(run, runFile);
        } finally {
            if (run != null) {
                run.close();
            }
        }
    }

    private int tune(TuningRunDatabase resumed, Path runFile) throws Exception {
        AppPaths paths = AppPaths.fromEnvironment();
        Device onDevice = device.resolve(paths);
        TuningOptions options = TuningOptions.defaults().withEpochs(epochs).withSeed(seed).withPromptCount(prompts);
        TuningRun.Inputs inputs = TuningRun.read(task, input, schema, id -> SchemaLibrary.forApp(paths).resolve(id), skipEmpty);
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), Optional.ofNullable(mirror).map(Path::toString));
        BaseModels bases = new BaseModels(store);
        BaseModels.Located located = bases.locate(base);
        TuningRunSpec spec = TuningRun.spec(task, input, schema, options, located.identity(), imagePromptSetting(), inputs);
        PrintStream console = new PrintStream(System.out, true);
        TuningCheckpoint from = null;
        if (resumed != null) {
            resumed.spec().requireSameRun(spec, runFile.toString());
            from = resumed.checkpoint().orElse(null);
            console.println(from == null ? "resuming " + runFile + ": no epoch had finished, starting from the beginning"
                    : "resuming " + runFile + " after epoch " + from.epochsDone());
        }
        TuningRunDatabase run = resumed != null ? resumed : TuningRunDatabase.create(runFile, spec);
        TuningRun.Result result;
        long baseParameters;
        boolean pedvl;
        try (run; VisionLanguageModel model = bases.open(located, onDevice)) {
            TunableBase tunable = model instanceof PedestrianVlModel pedVl ? TunableBase.of(pedVl)
                    : TunableBase.of((ClipModel) model, regionTokens);
            result = TuningRun.run(tunable, !noImagePrompts, inputs, options, console::println, epoch -> { }, null,
                    new TuningResume(from, run::save));
            baseParameters = tunable.baseParameterCount();
            pedvl = model instanceof PedestrianVlModel;
        }
        PromptPackJson.write(result.pack(), out);
        TuningRunDatabase.delete(runFile);
        if (result.retrieval() != null) {
            DescriptionTuningResult r = result.retrieval();
            console.printf(Locale.ROOT, "validation description search (%d identities not trained on): before %s; after %s "
                    + "(prompt pack, best epoch %d)%n", r.validationPeople(), r.before(), r.after(), r.bestEpoch());
            console.printf(Locale.ROOT, "trained %d prompt values; the base model's %d weights unchanged%n",
                    r.pack().prompts().values().length, baseParameters);
        } else {
            TuningResult r = result.attributes();
            long trained = r.pack().trainedParameterCount();
            console.printf(Locale.ROOT, "validation mA over %d attributes: before %.4f (zero-shot), %.4f (zero-shot + offsets "
                            + "tuned on the training part); after %.4f (prompt pack, best epoch %d)%n",
                    r.tuned().attributes().size() - r.tuned().undefinedAttributes().size(),
                    r.zeroShot().meanAccuracy(), r.zeroShotWithOffsets().meanAccuracy(),
                    r.tuned().meanAccuracy(), r.bestEpoch());
            console.printf(Locale.ROOT, "trained %d numbers (%d text prompt values + %d image prompt values + %d head values), "
                            + "%.3f%% of the base model's %d%s%n", trained, r.pack().prompts().values().length,
                    r.pack().imagePrompts().values().length, 2 * r.pack().heads().size(),
                    100.0 * trained / r.baseParameterCount(), r.baseParameterCount(),
                    pedvl ? " (OSNet's weights, frozen, not counted)" : "");
        }
        console.println("wrote " + out.toAbsolutePath());
        return 0;
    }

    private String imagePromptSetting() {
        if (noImagePrompts) {
            return TuningRunSpec.IMAGE_PROMPTS_OFF;
        }
        return ShippedPedVl.MODEL_ID.equals(base) ? TuningRunSpec.IMAGE_PROMPTS_ON
                : TuningRunSpec.IMAGE_PROMPTS_ON + ", " + regionTokens + " tokens per region";
    }
}
