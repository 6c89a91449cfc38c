package org.sightline.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.cli.CommandRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.tuning.AttributeHead;
import org.sightline.core.tuning.AttributeSentences;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.eval.ZeroShotPrompts;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;

/** {@code eval attributes --pack} on 40 PETA PRID/MIT crops with a pack made in the test (no prompts, zero-shot heads). */
class EvalAttributesPackTest {

    private static final List<String> TOKENS = List.of("personalMale", "hairLong", "carryingBackpack", "lowerBodyJeans");

    @TempDir
    Path temp;

    @Test
    void packIsEvaluatedOnItsBaseModelAndRefusedOnAnother() throws Exception {
        Path csv = petaCsv(40);
        String mirror = System.getProperty("sightline.modelMirror", "");
        Assumptions.assumeTrue(Files.isRegularFile(Path.of(mirror, "reid/osnet_x0_25_msmt17.onnx")),
                "OSNet needed in the model mirror (-Dsightline.modelMirror) " + mirror);
        String previous = System.getProperty("sightline.bundledModels");
        System.setProperty("sightline.bundledModels",
                Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").toString());
        System.setProperty("sightline.home", temp.resolve("home").toString());
        try {
            Path pack = temp.resolve("zero-shot.json");
            PromptPackJson.write(pack(ShippedPedVlModels.identity()), pack);
            String[] result = run(csv, pack);
            assertEquals("0", result[0], result[2]);
            String out = result[1];
            assertTrue(out.startsWith("sightline-pedvl + pack zero-shot"), out);
            assertTrue(out.contains("40 of 40 crops") && out.contains("covers 4 of 35 attributes"), out);
            for (String token : TOKENS) {
                assertTrue(out.matches("(?s).*\\n" + token + " .*"), token + " row missing:\n" + out);
            }
            assertTrue(out.contains("mA "), out);

            Path foreign = temp.resolve("clip.json");
            PromptPackJson.write(pack(new ModelIdentity("clip-vit-b32", "00".repeat(32))), foreign);
            String[] refused = run(csv, foreign);
            assertEquals("1", refused[0]);
            assertTrue(refused[2].contains("tuned on base model 'clip-vit-b32'"), refused[2]);
        } finally {
            System.clearProperty("sightline.home");
            if (previous == null) {
                System.clearProperty("sightline.bundledModels");
            } else {
                System.setProperty("sightline.bundledModels", previous);
            }
        }
    }

    private static PromptPack pack(ModelIdentity base) {
        List<AttributeHead> heads = new ArrayList<>();
        for (String token : TOKENS) {
            ZeroShotPrompts.Pair pair = AttributeSentences.of(BuiltInSchemas.peta35(), token);
            heads.add(new AttributeHead(token, pair.positive(), pair.negative(), 50f, 0f));
        }
        return new PromptPack(base, "peta-35", TextPrompts.NONE, heads, Map.of());
    }

    private static String[] run(Path csv, Path pack) {
        return CommandRun.run(new EvalAttributesCommand(), "--labels", csv.toString(), "--pack", pack.toString()).asArray();
    }

    private Path petaCsv(int n) throws Exception {
        Path peta = Path.of(System.getProperty("sightline.dataDir", "../shared/data")).resolve("peta-dev");
        Assumptions.assumeTrue(Files.isRegularFile(peta.resolve("labels.csv")), "peta-dev labels needed in " + peta.toAbsolutePath());
        List<String> lines = new ArrayList<>(List.of("file,attributes"));
        for (String row : Files.readAllLines(peta.resolve("labels.csv"))) {
            String[] f = row.split(",", 4);
            if ((f[0].equals("PRID") || f[0].equals("MIT")) && lines.size() <= n) {
                lines.add(peta.resolve(f[1]).toAbsolutePath() + "," + f[3]);
            }
        }
        Path csv = temp.resolve("labels.csv");
        Files.write(csv, lines);
        return csv;
    }
}
