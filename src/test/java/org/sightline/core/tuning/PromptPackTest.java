package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

class PromptPackTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    static PromptPack pack() {
        float[] values = new float[3 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) Math.sin(i) / 7f;
        }
        return new PromptPack(BASE, "peta-35", new TextPrompts(3, 4, values),
                List.of(new AttributeHead("personalMale", "a photo of a man", "a photo of a woman", 21.5f, -0.25f)),
                Map.of("seed", "7"));
    }

    @Test
    void roundTripKeepsEveryValueExactly(@TempDir Path dir) throws IOException {
        PromptPack pack = pack();
        Path file = dir.resolve("pack.json");
        PromptPackJson.write(pack, file);
        PromptPack back = PromptPackJson.read(file);
        assertEquals(pack.base(), back.base());
        assertEquals(pack.schemaId(), back.schemaId());
        assertArrayEquals(pack.prompts().values(), back.prompts().values());
        assertEquals(pack.heads(), back.heads());
        assertEquals(pack.facts(), back.facts());
        assertEquals(12 + 2, back.trainedParameterCount());
    }

    @Test
    void refusesAnotherBaseModelWithAClearMessage() {
        PromptPack pack = pack();
        FixedModel other = new FixedModel(new ModelIdentity("sightline-pedvl", "cd".repeat(32)));
        PromptPackMismatchException e = assertThrows(PromptPackMismatchException.class, () -> TunedAttributes.load(pack, other));
        assertTrue(e.getMessage().contains("tuned on base model 'sightline-pedvl'") && e.getMessage().contains("cdcdcd"), e.getMessage());
        assertThrows(PromptPackMismatchException.class,
                () -> TunedAttributes.load(pack, new FixedModel(new ModelIdentity("clip-vit-b32", BASE.sha256()))));
        TunedAttributes ok = TunedAttributes.load(pack, new FixedModel(BASE));
        float[][] images = {{1, 0}, {0, 1}};
        // positive text (1,0), negative (0,1): diff +1 / -1, times 21.5, minus 0.25
        assertEquals(List.of(java.util.Set.of("personalMale"), java.util.Set.of()), ok.predict(images));
    }

    @Test
    void malformedPackIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"format\":\"something-else\"}");
        IOException e = assertThrows(IOException.class, () -> PromptPackJson.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a Sightline prompt pack"));
    }

    /** Encodes "a photo of a man" as (1,0) and anything else as (0,1); checks prompts are passed. */
    private record FixedModel(ModelIdentity identity) implements VisionLanguageModel {
        public int embeddingDimension() {
            return 2;
        }

        public float[][] encodeImages(List<RgbImage> crops) {
            throw new UnsupportedOperationException();
        }

        public float[][] encodeTexts(List<String> texts) {
            throw new AssertionError("the pack's prompts must be used");
        }

        public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            assertEquals(3, prompts.count());
            return texts.stream().map(t -> t.equals("a photo of a man") ? new float[] {1, 0} : new float[] {0, 1}).toArray(float[][]::new);
        }

        public void close() {
        }
    }
}
