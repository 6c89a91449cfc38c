package org.sightline.engine.djl.vl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * A tiny training run on 192 real crops. To stay fast it replaces the OSNet part of the frozen
 * features by an 8x4 grey thumbnail (the network does not care what the features are); the colour
 * histograms are the real ones.
 */
class VlTrainerTest {

    private static List<PedestrianCrop> crops;
    private static CachedFeatures features;
    private static ClipTokenizer tokenizer;

    static final VlTrainingOptions TINY = new VlTrainingOptions(4, 11, 32, 3e-3, 64, 32, 32, 1, 2, 48, 0.5);

    @BeforeAll
    static void readCrops() throws Exception {
        Path data = Path.of(System.getProperty("sightline.dataDir", "../shared/data"));
        Path merges = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"), "clip/bpe_simple_vocab_16e6.txt.gz");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("market-dev/labels.csv")), "market-dev not found under " + data);
        Assumptions.assumeTrue(Files.isRegularFile(merges), "CLIP BPE merges not found at " + merges);
        tokenizer = new ClipTokenizer(merges);
        crops = PedestrianCrops.readMarket(data.resolve("market-dev")).subList(0, 192);
        float[][] reid = new float[crops.size()][];
        float[][][] colour = new float[crops.size()][1][];
        for (int i = 0; i < crops.size(); i++) {
            RgbImage image = OpenCvImages.read(crops.get(i).image());
            reid[i] = thumbnail(OpenCvImages.resize(image, 4, 8));
            colour[i][0] = ColourNameHistogram.of(image);
        }
        features = new CachedFeatures(reid, colour);
    }

    private static float[] thumbnail(RgbImage small) {
        float[] out = new float[small.width() * small.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((small.pixels()[3 * i] & 0xff) + (small.pixels()[3 * i + 1] & 0xff) + (small.pixels()[3 * i + 2] & 0xff)) / 765f;
        }
        return out;
    }

    @Test
    void lossFallsAndTheSameSeedRepeatsIt() {
        List<Double> losses = new ArrayList<>();
        try (VlTrainer trainer = VlTrainer.create(crops, features, tokenizer, TINY, "test", "test")) {
            for (int epoch = 1; epoch <= TINY.epochs(); epoch++) {
                losses.add(trainer.epoch(epoch, crops, features));
            }
        }
        assertTrue(losses.getLast() < 0.9 * losses.getFirst(), "losses " + losses);
        try (VlTrainer again = VlTrainer.create(crops, features, tokenizer, TINY, "test", "test")) {
            assertEquals(losses.getFirst(), again.epoch(1, crops, features), 1e-6, "same seed, same first epoch");
        }
    }

    @Test
    void savedParametersReloadToTheSameEmbeddings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (VlTrainer trainer = VlTrainer.create(crops, features, tokenizer, TINY.withEpochs(1), "test", "test")) {
            trainer.epoch(1, crops, features);
            VlTrainingRun.save(trainer.network(), dir);
            float[][] before = trainer.encoder().texts(List.of("a man in a red top"), org.sightline.core.vl.TextPrompts.NONE);
            VlConfig config = VlConfig.read(dir.resolve(VlTrainingRun.CONFIG_FILE));
            try (ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager(VlTrainer.ENGINE);
                 var in = new java.io.DataInputStream(Files.newInputStream(dir.resolve(config.paramsFile())))) {
                PedVlNetwork loaded = new PedVlNetwork(config, new java.util.Random(99));
                loaded.loadParameters(manager, in);
                float[][] after = new VlEncoder(loaded, new TextVocabulary(config.clipTokenIds()), tokenizer, manager)
                        .texts(List.of("a man in a red top"), org.sightline.core.vl.TextPrompts.NONE);
                for (int d = 0; d < before[0].length; d++) {
                    assertEquals(before[0][d], after[0][d], 1e-6);
                }
            }
        }
    }
}
