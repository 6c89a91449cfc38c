package org.sightline.cli.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.PromptPackMismatchException;
import org.sightline.core.tuning.TunedAttributes;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.clip.TinyClip;
import org.sightline.engine.djl.tuning.SyntheticCrops;
import picocli.CommandLine;

/** {@code sightline tune --base /path/checkpoint.pt} with a tiny CLIP ViT checkpoint and synthetic crops. */
class TuneClipCheckpointTest {

    @TempDir
    Path temp;

    @AfterEach
    void clearHome() {
        System.clearProperty("sightline.home");
    }

    @Test
    void tunesACheckpointFileAndPinsThePackToItsSha256() throws Exception {
        Path merges = TinyClip.merges();
        Path checkpoint = temp.resolve("ViT-tiny.pt");
        Files.copy(TinyClip.dir().resolve("tiny-clip-vit.pt"), checkpoint);
        Path csv = SyntheticCrops.csv(temp.resolve("crops"), 32, 11);
        System.setProperty("sightline.home", temp.resolve("home").toString());
        String mirror = merges.getParent().getParent().toString();

        Path out = temp.resolve("pack.json");
        String[] result = run(csv.toString(), "--schema", "peta-35", "--skip-empty", "--base", checkpoint.toString(), "--out",
                out.toString(), "--epochs", "2", "--region-tokens", "1", "--models-mirror", mirror);
        assertEquals("0", result[0], result[1] + result[2]);
        assertTrue(result[1].contains("image prompt values") && result[1].contains("wrote "), result[1]);
        PromptPack pack = PromptPackJson.read(out);
        ModelIdentity identity = new ModelIdentity("ViT-tiny.pt", Sha256.of(checkpoint));
        assertEquals(identity, pack.base());
        assertEquals(4 * 128, pack.imagePrompts().values().length);

        ClipTokenizer tokenizer = new ClipTokenizer(merges);
        try (ClipModel same = ClipModel.open(checkpoint, identity, tokenizer);
             ClipModel other = ClipModel.open(TinyClip.dir().resolve("tiny-clip-rn.pt"),
                     new ModelIdentity("tiny-clip-rn.pt", Sha256.of(TinyClip.dir().resolve("tiny-clip-rn.pt"))), tokenizer)) {
            TunedAttributes.load(pack, same);
            assertThrows(PromptPackMismatchException.class, () -> TunedAttributes.load(pack, other));
        }

        Path textOnly = temp.resolve("text-only.json");
        String[] off = run(csv.toString(), "--schema", "peta-35", "--skip-empty", "--base", checkpoint.toString(), "--out",
                textOnly.toString(), "--epochs", "1", "--no-image-prompts", "--models-mirror", mirror);
        assertEquals("0", off[0], off[1] + off[2]);
        assertTrue(PromptPackJson.read(textOnly).imagePrompts().isEmpty());

        String[] missing = run(csv.toString(), "--schema", "peta-35", "--skip-empty", "--base", temp.resolve("nope.pt").toString(), "--out",
                textOnly.toString(), "--models-mirror", mirror);
        assertEquals("1", missing[0]);
        assertTrue(missing[2].contains("nope.pt") && missing[2].contains("CLIP checkpoint file"), missing[2]);
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CommandLine line = new CommandLine(new TuneCommand()).setErr(new PrintWriter(err));
            line.setExecutionExceptionHandler((e, cmd, parsed) -> {
                cmd.getErr().println(e.getMessage());
                return 1;
            });
            int code = line.execute(args);
            return new String[] {Integer.toString(code), bytes.toString(StandardCharsets.UTF_8), err.toString()};
        } finally {
            System.setOut(previous);
        }
    }
}
