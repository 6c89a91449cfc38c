package org.sightline.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.cli.CommandRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.attributes.PackPredictors;
import org.sightline.cli.tune.TuneCommand;
import org.sightline.core.attributes.AttributeMapping;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.attributes.labels.UnknownTokens;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.config.AppPaths;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.engine.djl.clip.TinyClip;
import org.sightline.engine.djl.tuning.SyntheticCrops;
import org.sightline.engine.opencv.OpenCvImages;
import picocli.CommandLine;

/**
 * A pack tuned with region prompts on a tiny CLIP ViT checkpoint file, evaluated by {@code eval attributes}
 * and {@code eval retrieval} over that file, and refused over another file or without {@code --base}.
 */
class EvalClipPackTest {

    @TempDir
    static Path temp;
    private static Path vit;
    private static Path resnet;
    private static Path labels;
    private static Path pack;

    @BeforeAll
    static void tunePack() throws Exception {
        Path mirror = TinyClip.merges().getParent().getParent();
        vit = Files.copy(TinyClip.dir().resolve("tiny-clip-vit.pt"), temp.resolve("ViT-tiny.pt"));
        resnet = Files.copy(TinyClip.dir().resolve("tiny-clip-rn.pt"), temp.resolve("RN-tiny.pt"));
        labels = SyntheticCrops.csv(temp.resolve("crops"), 32, 11);
        System.setProperty("sightline.home", temp.resolve("home").toString());
        pack = temp.resolve("p.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new TuneCommand()).execute(labels.toString(), "--schema", "peta-35", "--skip-empty",
                    "--base", vit.toString(), "--out", pack.toString(), "--epochs", "1", "--region-tokens", "1",
                    "--models-mirror", mirror.toString());
        } finally {
            System.setOut(previous);
        }
        assertEquals(0, code, bytes.toString(StandardCharsets.UTF_8));
        assertFalse(PromptPackJson.read(pack).imagePrompts().isEmpty());
    }

    @AfterAll
    static void clearHome() {
        System.clearProperty("sightline.home");
    }

    @Test
    void attributesOfAFilePackArePrintedFromThePackOverThatFile() throws Exception {
        String[] result = run(new EvalAttributesCommand(), "--labels", labels.toString(), "--schema", "peta-35",
                "--pack", pack.toString(), "--base", vit.toString());
        assertEquals("0", result[0], result[2]);
        String out = result[1];
        assertTrue(out.startsWith("ViT-tiny.pt + pack p (" + pack + ")") && out.contains("32 of 32 crops"), out);
        assertTrue(out.contains(expectedTable()), "expected the pack's own figures:\n" + expectedTable() + "\ngot:\n" + out);
    }

    @Test
    void thePredictorAppliesThePacksRegionPrompts() throws Exception {
        PromptPack tuned = PromptPackJson.read(pack);
        Path textOnly = temp.resolve("p-no-regions.json");
        PromptPackJson.write(new PromptPack(tuned.base(), tuned.schemaId(), tuned.prompts(), ImagePrompts.NONE,
                tuned.heads(), tuned.facts()), textOnly);
        List<RgbImage> crops = crops(0, 8);
        float[][] with;
        float[][] without;
        try (AttributePredictor predictor = packs().open(pack, vit.toString());
             AttributePredictor plain = packs().open(textOnly, vit.toString())) {
            assertTrue(predictor.id().startsWith("ViT-tiny.pt+pack:p@"), predictor.id());
            with = predictor.predict(crops);
            without = plain.predict(crops);
        }
        float max = 0;
        for (int i = 0; i < with.length; i++) {
            for (int a = 0; a < with[i].length; a++) {
                max = Math.max(max, Math.abs(with[i][a] - without[i][a]));
            }
        }
        assertTrue(max > 1e-4f, "region prompts changed no probability (max difference " + max + ")");
    }

    @Test
    void aFilePackIsRefusedOverAnotherFileOrWithoutBase() throws Exception {
        String[] other = run(new EvalAttributesCommand(), "--labels", labels.toString(), "--schema", "peta-35",
                "--pack", pack.toString(), "--base", resnet.toString());
        assertEquals("1", other[0]);
        assertTrue(other[2].contains("tuned on base model 'ViT-tiny.pt'") && other[2].contains("'RN-tiny.pt'"), other[2]);

        String[] none = run(new EvalAttributesCommand(), "--labels", labels.toString(), "--schema", "peta-35",
                "--pack", pack.toString());
        assertEquals("1", none[0]);
        assertTrue(none[2].contains("'ViT-tiny.pt'") && none[2].contains("give that file with --base"), none[2]);

        String[] baseAlone = run(new EvalAttributesCommand(), "--labels", labels.toString(), "--base", vit.toString());
        assertEquals("1", baseAlone[0]);
        assertTrue(baseAlone[2].contains("--base") && baseAlone[2].contains("--pack"), baseAlone[2]);

        String[] retrieval = run(new EvalRetrievalCommand(), "--captions", captions().toString(), "--pack", pack.toString());
        assertEquals("1", retrieval[0]);
        assertTrue(retrieval[2].contains("give that file with --base"), retrieval[2]);
    }

    @Test
    void retrievalRunsOverTheFileWithAndWithoutThePack() throws Exception {
        Path captions = captions();
        String[] plain = run(new EvalRetrievalCommand(), "--captions", captions.toString(), "--base", vit.toString());
        assertEquals("0", plain[0], plain[2]);
        assertTrue(plain[1].startsWith("ViT-tiny.pt (sha256 ") && plain[1].contains("R@1 ")
                && plain[1].contains("(32 captions, 32 gallery images"), plain[1]);
        assertFalse(plain[1].contains("+ pack"), plain[1]);

        String[] packed = run(new EvalRetrievalCommand(), "--captions", captions.toString(), "--pack", pack.toString(),
                "--base", vit.toString());
        assertEquals("0", packed[0], packed[2]);
        assertTrue(packed[1].contains("+ pack p.json") && packed[1].contains("R@1 "), packed[1]);

        String[] refused = run(new EvalRetrievalCommand(), "--captions", captions.toString(), "--pack", pack.toString(),
                "--base", resnet.toString());
        assertEquals("1", refused[0]);
        assertTrue(refused[2].contains("tuned on base model 'ViT-tiny.pt'"), refused[2]);
    }

    /** The report the pack's own predictions give on all crops, as eval attributes computes it. */
    private static String expectedTable() throws Exception {
        AttributeSchema schema = BuiltInSchemas.peta35();
        LabelSet set = LabelsCsv.read(labels, new LabelReadOptions(schema, UnknownTokens.KEEP, true));
        List<java.util.Set<String>> truth = new ArrayList<>();
        List<AttributeScores> scores = new ArrayList<>();
        try (AttributePredictor predictor = packs().open(pack, vit.toString())) {
            AttributeMapping mapping = AttributePredictionJob.direct(predictor);
            for (int from = 0; from < set.size(); from += 16) {
                for (float[] output : predictor.predict(crops(from, Math.min(set.size(), from + 16)))) {
                    scores.add(mapping.apply(predictor.id(), output));
                }
            }
            set.images().forEach(image -> truth.add(image.tokens()));
            return new AttributeEvaluator(0.5).evaluateScores(mapping.coverage(schema).covered(), truth, scores).table();
        }
    }

    private static List<RgbImage> crops(int from, int to) throws Exception {
        LabelSet set = LabelsCsv.read(labels, new LabelReadOptions(BuiltInSchemas.peta35(), UnknownTokens.KEEP, true));
        List<RgbImage> crops = new ArrayList<>();
        for (LabelledImage image : set.images().subList(from, to)) {
            crops.add(OpenCvImages.read(image.path()));
        }
        return crops;
    }

    /** One caption per synthetic crop, from its labels; each crop is its own person. */
    private static Path captions() throws Exception {
        List<String> lines = new ArrayList<>(List.of("file,person_id,caption"));
        List<String> rows = Files.readAllLines(labels);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", 4);
            String caption = (f[3].contains("personalMale") ? "a man" : "a woman")
                    + (f[3].contains("hairLong") ? " with long hair" : "") + (f[3].contains("lowerBodyJeans") ? " in jeans" : "");
            lines.add(f[1] + "," + f[2] + "," + caption);
        }
        return Files.write(temp.resolve("captions.csv"), lines);
    }

    private static PackPredictors packs() {
        return new PackPredictors(ModelStore.forApp(AppPaths.fromEnvironment(), ModelCatalog.fromClasspath(), Optional.empty()));
    }

    private static String[] run(Callable<Integer> command, String... args) {
        return CommandRun.run(command, args).asArray();
    }
}
