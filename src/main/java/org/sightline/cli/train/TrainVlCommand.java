package org.sightline.cli.train;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.djl.vl.VlTrainingOptions;
import org.sightline.engine.djl.vl.VlTrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sightline train vl}: trains the pedestrian vision-language model (sightline-pedvl) on the
 * PETA and Market crops of a data folder and writes it to {@code --out}. Reproducible with {@code --seed}.
 */
@Command(name = "vl", mixinStandardHelpOptions = true,
        description = {"Train the pedestrian vision-language model on <data>/peta-dev and <data>/market-dev.",
                "Prints per-epoch loss and validation R@1, then retrieval and zero-shot attribute results.",
                "Needs the models osnet-x0.25-msmt17 and clip-bpe-vocabulary (models folder or mirror).",
                "Run the JVM with LD_PRELOAD of libjemalloc, or rely on the built-in malloc_trim, to keep memory flat."})
public final class TrainVlCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder holding peta-dev/ and market-dev/.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write config.json and the parameters.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: ${DEFAULT-VALUE}).")
    int epochs = VlTrainingOptions.defaults().epochs();

    @Option(names = "--seed", paramLabel = "S", description = "Seed for split, initial weights, sentences and order (default: ${DEFAULT-VALUE}).")
    long seed = VlTrainingOptions.defaults().seed();

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch = VlTrainingOptions.defaults().batchSize();

    @Option(names = "--feature-cache", paramLabel = "FILE",
            description = "Cache of the frozen crop features, reused when it holds the same crops (default: <out>/features.cache).")
    Path featureCache;

    @Option(names = "--models-mirror", paramLabel = "DIR", description = "A model mirror folder to look in besides the models folder.")
    Path mirror;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || batch < 2) {
            throw new IllegalArgumentException("--epochs must be at least 1 and --batch at least 2, got " + epochs + " and " + batch);
        }
        ModelStore store = ModelStore.forApp(AppPaths.fromEnvironment(), ModelCatalog.fromClasspath(),
                Optional.ofNullable(mirror).map(Path::toString));
        Path osnet = store.resolve("osnet-x0.25-msmt17").onlyFile();
        Path merges = store.resolve("clip-bpe-vocabulary").onlyFile();
        VlTrainingOptions options = VlTrainingOptions.defaults().withEpochs(epochs).withSeed(seed).withBatchSize(batch);
        Path cache = featureCache != null ? featureCache : out.resolve("features.cache");
        VlTrainingRun.run(data, osnet, merges, out, cache, options, new PrintStream(System.out, true));
        return 0;
    }
}
