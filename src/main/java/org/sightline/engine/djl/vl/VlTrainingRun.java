package org.sightline.engine.djl.vl;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.eval.CropSplit;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.core.vl.eval.RetrievalScores;
import org.sightline.engine.djl.OsnetEmbedder;

/**
 * Trains the pedestrian vision-language model end to end from the shared data folder: reads and
 * splits the crops, computes (or reuses) their frozen features, trains, prints per-epoch loss and
 * validation R@1, evaluates, and writes {@code config.json} + {@code sightline-pedvl.params} to the output folder.
 */
public final class VlTrainingRun {

    public static final String MODEL_ID = "sightline-pedvl";
    public static final String PARAMS_FILE = MODEL_ID + ".params";
    public static final String CONFIG_FILE = "config.json";
    /** Frozen-feature jitter variants per crop (1 plain + 3 colour-jittered) and their fixed seed. */
    static final int FEATURE_VARIANTS = 4;
    static final long FEATURE_SEED = 0;

    private VlTrainingRun() {
    }

    /**
     * @param osnetOnnx   the OSNet x0.25 ONNX file (catalog id osnet-x0.25-msmt17)
     * @param bpeMerges   CLIP's BPE merges (catalog id clip-bpe-vocabulary)
     * @param cacheFile   where frozen features are cached between runs (null: not cached)
     */
    public static void run(Path dataDir, Path osnetOnnx, Path bpeMerges, Path outDir, Path cacheFile,
                           VlTrainingOptions options, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        List<PedestrianCrop> crops = PedestrianCrops.readAll(dataDir);
        CropSplit split = CropSplit.of(crops, options.seed());
        out.printf(Locale.ROOT, "%d crops: %d training, %d held out (PETA subsets %s, %.0f%% of Market people, seed %d)%n",
                crops.size(), split.train().size(), split.validation().size(), CropSplit.HELD_OUT_PETA_SUBSETS,
                100 * CropSplit.HELD_OUT_MARKET_FRACTION, options.seed());
        CachedFeatures all;
        try (OsnetEmbedder osnet = OsnetEmbedder.open(osnetOnnx)) {
            all = FeatureExtraction.loadOrCompute(crops, new CropFeatures(osnet), FEATURE_VARIANTS, FEATURE_SEED, cacheFile,
                    (done, total) -> {
                        if (done % 2048 < FeatureExtraction.BATCH || done.equals(total)) {
                            out.printf(Locale.ROOT, "features %d/%d (%.0f s)%n", done, total, seconds(t0));
                        }
                    });
        }
        CachedFeatures trainFeatures = subset(all, crops, split.train());
        CachedFeatures valFeatures = subset(all, crops, split.validation());
        ClipTokenizer tokenizer = new ClipTokenizer(bpeMerges);
        String trainedOn = "peta-dev minus " + CropSplit.HELD_OUT_PETA_SUBSETS + " and market-dev minus "
                + Math.round(100 * CropSplit.HELD_OUT_MARKET_FRACTION) + "% of identities (split seed " + options.seed() + ")";
        try (VlTrainer trainer = VlTrainer.create(split.train(), trainFeatures, tokenizer, options, MODEL_ID, trainedOn)) {
            out.printf(Locale.ROOT, "vocabulary: %d kept CLIP tokens; %d parameters%n", trainer.vocabulary().size(),
                    parameterCount(trainer.network()));
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                long e0 = System.nanoTime();
                double loss = trainer.epoch(epoch, split.train(), trainFeatures);
                VlEncoder encoder = trainer.encoder();
                RetrievalScores val = VlEvaluation.retrieval(encoder, split.validation(),
                        encoder.images(VlEvaluation.plainFeatures(valFeatures)));
                out.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  validation R@1 %.1f%%  (%.0f s)%n", epoch, options.epochs(),
                        loss, 100 * val.recallAt1(), seconds(e0));
            }
            VlEvaluation.report(trainer.encoder(), split.train(), trainFeatures, split.validation(), valFeatures).forEach(out::println);
            save(trainer.network(), outDir);
            out.printf(Locale.ROOT, "saved %s and %s to %s (%.0f s in all)%n", PARAMS_FILE, CONFIG_FILE, outDir, seconds(t0));
        }
    }

    /** Writes the parameters, then the config naming their SHA-256. */
    static void save(PedVlNetwork network, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path params = outDir.resolve(PARAMS_FILE);
        try (DataOutputStream stream = new DataOutputStream(Files.newOutputStream(params))) {
            network.saveParameters(stream);
        }
        network.config().withParams(PARAMS_FILE, Sha256.of(params)).write(outDir.resolve(CONFIG_FILE));
    }

    static long parameterCount(PedVlNetwork network) {
        return network.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    static CachedFeatures subset(CachedFeatures all, List<PedestrianCrop> allCrops, List<PedestrianCrop> wanted) {
        java.util.Map<PedestrianCrop, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < allCrops.size(); i++) {
            index.put(allCrops.get(i), i);
        }
        List<float[]> reid = new ArrayList<>();
        List<float[][]> colour = new ArrayList<>();
        for (PedestrianCrop crop : wanted) {
            int i = index.get(crop);
            reid.add(all.reid()[i]);
            colour.add(all.colour()[i]);
        }
        return new CachedFeatures(reid.toArray(float[][]::new), colour.toArray(float[][][]::new));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
