package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.tuning.AttributeSentences;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.PromptPackMismatchException;
import org.sightline.core.tuning.TunedAttributes;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputException;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.eval.ZeroShotPrompts;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptTextTower;
import org.sightline.engine.djl.vl.ShippedPedVl;

/** A tiny tuning run on ~100 real PETA crops (PRID, MIT: held out of the base model's training). */
class PromptTuningTest {

    private static final List<String> TOKENS = List.of("personalMale", "hairLong", "carryingBackpack", "lowerBodyJeans",
            "lowerBodyTrousers");

    static PedestrianVlModel openModel() throws Exception {
        return openModelOn(null);
    }

    /** The shipped model with its weights on {@code device} (null: the engine's default). */
    static PedestrianVlModel openModelOn(ai.djl.Device device) throws Exception {
        Path modelDir = Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").resolve(ShippedPedVl.FOLDER);
        Path mirror = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"));
        Path osnet = mirror.resolve("reid/osnet_x0_25_msmt17.onnx");
        Path merges = mirror.resolve("clip/bpe_simple_vocab_16e6.txt.gz");
        Assumptions.assumeTrue(Files.isRegularFile(osnet) && Files.isRegularFile(merges),
                "OSNet ONNX and CLIP BPE merges needed in the model mirror " + mirror.toAbsolutePath());
        return device == null ? PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, osnet, merges)
                : PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, osnet, merges, device);
    }

    /** The first {@code n} PRID/MIT rows of peta-dev, tokens cut to {@link #TOKENS}, as a labels CSV. */
    static Path petaCsv(Path dir, int n) throws Exception {
        Path peta = Path.of(System.getProperty("sightline.dataDir", "../shared/data")).resolve("peta-dev");
        Assumptions.assumeTrue(Files.isRegularFile(peta.resolve("labels.csv")), "peta-dev labels needed in " + peta.toAbsolutePath());
        List<String> out = new ArrayList<>(List.of("subset,file,person_id,attributes"));
        for (String line : Files.readAllLines(peta.resolve("labels.csv")).subList(1, 12974)) {
            String[] f = line.split(",", 4);
            if ((f[0].equals("PRID") || f[0].equals("MIT")) && out.size() <= n) {
                List<String> kept = List.of(f[3].trim().split("\\s+")).stream().filter(TOKENS::contains).toList();
                out.add(f[0] + "," + peta.resolve(f[1]).toAbsolutePath() + "," + f[2] + "," + String.join(" ", kept));
            }
        }
        Path csv = dir.resolve("labels.csv");
        Files.write(csv, out);
        return csv;
    }

    @Test
    void tinyRunLowersTrainingLossLeavesBaseWeightsAndRoundTrips(@TempDir Path dir) throws Exception {
        AttributeSchema schema = BuiltInSchemas.peta35();
        TuningData data = TuningInputs.read(petaCsv(dir, 100), schema, true);
        assertTrue(data.attributes().containsAll(List.of("personalMale", "lowerBodyTrousers")), data.attributes().toString());
        try (PedestrianVlModel model = openModel()) {
            PromptTextTower tower = PromptTextTower.of(model);
            float[] baseBefore = tower.baseParameterValues();
            assertEquals(767_745, baseBefore.length);
            List<LabelledImage> images = data.labels().images();
            float[][] embeddings = CropEmbeddings.of(model, images, null, "test");
            List<Set<String>> truth = images.stream().map(LabelledImage::tokens).toList();
            List<ZeroShotPrompts.Pair> pairs = data.attributes().stream().map(t -> AttributeSentences.of(schema, t)).toList();
            TuningOptions options = new TuningOptions(6, 3, 2, 0.01, 32, 10, 0.3);
            float[][] w = PromptTuning.classWeights(data.attributes(), truth);
            List<Double> losses = new ArrayList<>();
            TuningImages fixed = TuningImages.fixed(embeddings);
            try (PromptTuner tuner = new PromptTuner(TunableBase.of(model), data.attributes(), pairs.stream().map(ZeroShotPrompts.Pair::positive).toList(),
                    pairs.stream().map(ZeroShotPrompts.Pair::negative).toList(), options, fixed)) {
                for (int e = 1; e <= options.epochs(); e++) {
                    losses.add(tuner.epoch(e, fixed, truth, w[0], w[1], null));
                }
            }
            assertTrue(losses.getLast() < losses.getFirst() * 0.97, "training loss should fall: " + losses);
            assertArrayEquals(baseBefore, tower.baseParameterValues(), "base weights must stay bit-identical");

            TuningResult result = new PromptTuning(model, data, options, line -> { }).run(null);
            float[] regions = result.pack().imagePrompts().values();
            assertEquals(4 * 11, regions.length, "region prompts are on by default: one shift of 11 per band");
            assertTrue(result.pack().trainedParameterCount() == result.pack().prompts().values().length + 44 + 2L * data.attributes().size());
            Path file = dir.resolve("pack.json");
            PromptPackJson.write(result.pack(), file);
            PromptPack back = PromptPackJson.read(file);
            assertEquals(model.identity(), back.base());
            float[][] some = java.util.Arrays.copyOf(embeddings, 10);
            assertArrayEquals(TunedAttributes.load(result.pack(), model).logits(some)[3],
                    TunedAttributes.load(back, model).logits(some)[3], 1e-6);
            PromptPack foreign = new PromptPack(new ModelIdentity("clip-vit-b32", "00".repeat(32)), back.schemaId(),
                    back.prompts(), back.heads(), back.facts());
            assertThrows(PromptPackMismatchException.class, () -> TunedAttributes.load(foreign, model));
            assertArrayEquals(baseBefore, tower.baseParameterValues(), "base weights must stay bit-identical");
        }
    }

    @Test
    void unreadableImageIsNamed(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.jpg");
        Files.write(bad, new byte[] {1, 2, 3, 4});
        try (PedestrianVlModel model = openModel()) {
            TuningInputException e = assertThrows(TuningInputException.class, () -> CropEmbeddings.of(model,
                    List.of(new LabelledImage("broken.jpg", bad, Set.of(), java.util.Map.of())), null, "test"));
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        }
    }
}
