package org.sightline.engine.djl.vl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.core.models.ModelVerificationException;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.engine.opencv.OpenCvImages;

/** The shipped model in models/sightline-pedvl, with OSNet and the BPE merges from the model mirror. */
class PedestrianVlModelTest {

    private static Path modelDir;
    private static Path osnet;
    private static Path merges;
    private static Path data;

    @BeforeAll
    static void locate() {
        modelDir = Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").resolve(ShippedPedVl.FOLDER);
        Path mirror = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"));
        osnet = mirror.resolve("reid/osnet_x0_25_msmt17.onnx");
        merges = mirror.resolve("clip/bpe_simple_vocab_16e6.txt.gz");
        data = Path.of(System.getProperty("sightline.dataDir", "../shared/data"));
        Assumptions.assumeTrue(Files.isRegularFile(osnet) && Files.isRegularFile(merges),
                "OSNet ONNX and CLIP BPE merges needed in the model mirror " + mirror.toAbsolutePath());
        assertTrue(Files.isRegularFile(modelDir.resolve(VlTrainingRun.CONFIG_FILE)), "shipped model missing: " + modelDir);
    }

    private static PedestrianVlModel open(Path dir) throws Exception {
        return PedestrianVlModel.open(dir, ShippedPedVl.CONFIG_SHA256, osnet, merges);
    }

    @Test
    void loadsAndEncodesUnitVectorsWithAndWithoutPrompts() throws Exception {
        try (PedestrianVlModel model = open(modelDir)) {
            assertEquals(ShippedPedVl.MODEL_ID, model.identity().modelId());
            assertEquals(ShippedPedVl.PARAMS_SHA256, model.identity().sha256());
            float[][] texts = model.encodeTexts(List.of("a woman in a red top", "a man with a backpack"));
            assertEquals(model.embeddingDimension(), texts[0].length);
            assertEquals(1.0, Vectors.dot(texts[0], texts[0]), 1e-4);
            float[] values = new float[2 * model.textWidth()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) Math.sin(i) * 0.05f;
            }
            float[][] prompted = model.encodeTexts(List.of("a woman in a red top"), new TextPrompts(2, model.textWidth(), values));
            assertTrue(Vectors.dot(prompted[0], texts[0]) < 0.99999, "prompt vectors must change the embedding");
            assertThrows(IllegalArgumentException.class,
                    () -> model.encodeTexts(List.of("x"), new TextPrompts(1, 3, new float[3])));
        }
    }

    @Test
    void tamperedFilesAreRefused(@TempDir Path copy) throws Exception {
        for (String name : List.of(VlTrainingRun.CONFIG_FILE, VlTrainingRun.PARAMS_FILE)) {
            Files.copy(modelDir.resolve(name), copy.resolve(name));
        }
        byte[] params = Files.readAllBytes(copy.resolve(VlTrainingRun.PARAMS_FILE));
        params[params.length - 5] ^= 1;
        Files.write(copy.resolve(VlTrainingRun.PARAMS_FILE), params);
        ModelVerificationException e = assertThrows(ModelVerificationException.class, () -> open(copy));
        assertEquals(copy.resolve(VlTrainingRun.PARAMS_FILE), e.file());
        Files.writeString(copy.resolve(VlTrainingRun.CONFIG_FILE), Files.readString(copy.resolve(VlTrainingRun.CONFIG_FILE)) + " ");
        assertEquals(ModelVerificationException.Check.SHA256, assertThrows(ModelVerificationException.class, () -> open(copy)).check());
    }

    /**
     * On crops of PETA subsets the model never saw (PRID, MIT), "a person in a red top" scores a
     * red-top crop above a crop without red on top in {@value #RED_PAIR_BOUND} of pairs or more
     * (chance: 0.5; measured on this sample: see the model card).
     */
    static final double RED_PAIR_BOUND = 0.7;

    @Test
    void ranksRedTopsAboveOthersOnHeldOutCameras() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("peta-dev/labels.csv")), "peta-dev not found under " + data);
        List<PedestrianCrop> red = new ArrayList<>();
        List<PedestrianCrop> other = new ArrayList<>();
        for (PedestrianCrop crop : PedestrianCrops.readPeta(data.resolve("peta-dev"))) {
            if (crop.source().equals("PETA/PRID") || crop.source().equals("PETA/MIT")) {
                (crop.tokens().contains("upperBodyRed") ? red : other).add(crop);
            }
        }
        Collections.shuffle(red, new Random(5));
        Collections.shuffle(other, new Random(5));
        double wins = pairWinRate(red.subList(0, 20), other.subList(0, 20));
        System.out.println("red-top pair win rate on held-out PETA cameras: " + wins);
        assertTrue(wins >= RED_PAIR_BOUND, "red-top crops ranked first in " + wins + " of pairs");
    }

    private static double pairWinRate(List<PedestrianCrop> positives, List<PedestrianCrop> negatives) throws Exception {
        try (PedestrianVlModel model = open(modelDir)) {
            float[] query = model.encodeTexts(List.of("a person in a red top"))[0];
            double[] pos = scores(model, positives, query);
            double[] neg = scores(model, negatives, query);
            int wins = 0;
            for (double p : pos) {
                for (double n : neg) {
                    wins += p > n ? 1 : 0;
                }
            }
            return wins / (double) (pos.length * neg.length);
        }
    }

    private static double[] scores(PedestrianVlModel model, List<PedestrianCrop> crops, float[] query) {
        List<RgbImage> images = crops.stream().map(c -> OpenCvImages.read(c.image())).toList();
        return java.util.Arrays.stream(model.encodeImages(images)).mapToDouble(e -> Vectors.dot(e, query)).toArray();
    }
}
