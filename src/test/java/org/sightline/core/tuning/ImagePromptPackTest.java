package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/** Region prompts in packs: version 2 round trip, version 1 still read, counted, and used to encode crops. */
class ImagePromptPackTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));
    private static final AttributeHead MALE = new AttributeHead("personalMale", "a photo of a man", "a photo of a woman", 10f, 0f);

    static ImagePrompts regions() {
        float[] values = new float[4 * 2 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) Math.cos(i) / 3f;
        }
        return new ImagePrompts(2, 3, values);
    }

    static PromptPack pack(ImagePrompts image) {
        return new PromptPack(BASE, "peta-35", new TextPrompts(1, 2, new float[] {0.5f, -0.5f}), image, List.of(MALE), Map.of());
    }

    @Test
    void imagePromptsRoundTripExactlyAndAreCounted(@TempDir Path dir) throws IOException {
        PromptPack pack = pack(regions());
        Path file = dir.resolve("pack.json");
        PromptPackJson.write(pack, file);
        assertTrue(Files.readString(file).contains("\"version\": 2"));
        assertTrue(Files.readString(file).contains("\"regions\": [\n      \"head\",\n      \"upper\",\n      \"lower\",\n      \"feet\""));
        PromptPack back = PromptPackJson.read(file);
        assertEquals(2, back.imagePrompts().perRegion());
        assertEquals(3, back.imagePrompts().width());
        assertArrayEquals(pack.imagePrompts().values(), back.imagePrompts().values());
        assertArrayEquals(pack.imagePrompts().region(2), back.imagePrompts().region(2));
        assertEquals(2 + 24 + 2, back.trainedParameterCount());
        assertNotEquals(PackAttributePredictor.idOf(pack, "x"), PackAttributePredictor.idOf(pack(ImagePrompts.NONE), "x"));
    }

    @Test
    void versionOnePacksStillLoadWithoutImagePrompts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"format": "sightline-prompt-pack", "version": 1,
                 "baseModel": {"modelId": "sightline-pedvl", "sha256": "%s"}, "schemaId": "peta-35",
                 "prompts": {"count": 1, "width": 2, "float32LittleEndianBase64": "%s"},
                 "heads": [{"token": "personalMale", "positive": "a photo of a man", "negative": "a photo of a woman",
                            "scale": 10.0, "offset": 0.0}],
                 "facts": {"seed": "7"}}
                """.formatted(BASE.sha256(), PromptPackJson.encode(new float[] {0.5f, -0.5f})));
        PromptPack old = PromptPackJson.read(file);
        assertSame(ImagePrompts.NONE, old.imagePrompts());
        assertEquals(4, old.trainedParameterCount());
        assertEquals(PackAttributePredictor.idOf(pack(ImagePrompts.NONE), "x"), PackAttributePredictor.idOf(old, "x"),
                "a pack without image prompts keeps the score id it had");
        Files.writeString(file, Files.readString(file).replace("\"version\": 1", "\"version\": 3"));
        IOException e = assertThrows(IOException.class, () -> PromptPackJson.read(file));
        assertTrue(e.getMessage().contains("version 3 is not supported"), e.getMessage());
    }

    @Test
    void malformedImagePromptsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ImagePrompts(2, 3, new float[5]));
        assertTrue(e.getMessage().contains("need 24 values, got 5"), e.getMessage());
    }

    @Test
    void packsEncodeCropsThroughTheirImagePromptsAndModelsWithoutThemRefuse() {
        Recording model = new Recording();
        PromptPack pack = pack(regions());
        List<RgbImage> crops = List.of(new RgbImage(1, 1, new byte[3]));
        try (PackAttributePredictor predictor = new PackAttributePredictor("office", pack, model, false)) {
            predictor.predict(crops);
            assertSame(pack.imagePrompts(), model.images.getLast());
        }
        try (PromptedModel prompted = new PromptedModel(pack, model)) {
            prompted.encodeImages(crops);
            assertSame(pack.imagePrompts(), model.images.getLast());
            prompted.encodeImages(crops, ImagePrompts.NONE);
            assertSame(ImagePrompts.NONE, model.images.getLast());
        }
        TunedAttributes.load(pack, model).encode(crops);
        assertSame(pack.imagePrompts(), model.images.getLast());
        assertThrows(PromptPackMismatchException.class,
                () -> TunedAttributes.load(pack, new Recording(new ModelIdentity("sightline-pedvl", "cd".repeat(32)))));

        VisionLanguageModel plain = new PlainModel();
        assertEquals(1, plain.encodeImages(crops, ImagePrompts.NONE).length);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> new PackAttributePredictor("office", pack(regions()), plain, false).predict(crops));
        assertTrue(e.getMessage().contains("takes no image prompts"), e.getMessage());
    }

    /** Records the image prompts each image encoding was asked for. */
    private static class Recording implements VisionLanguageModel {
        final List<ImagePrompts> images = new ArrayList<>();
        private final ModelIdentity identity;

        Recording() {
            this(BASE);
        }

        Recording(ModelIdentity identity) {
            this.identity = identity;
        }

        public ModelIdentity identity() {
            return identity;
        }

        public int embeddingDimension() {
            return 2;
        }

        public float[][] encodeImages(List<RgbImage> crops) {
            throw new AssertionError("the pack's image prompts must be used");
        }

        @Override
        public float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
            images.add(prompts);
            return crops.stream().map(c -> new float[] {1, 0}).toArray(float[][]::new);
        }

        public float[][] encodeTexts(List<String> texts) {
            return encodeTexts(texts, TextPrompts.NONE);
        }

        public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            return texts.stream().map(t -> t.contains("man") ? new float[] {1, 0} : new float[] {0, 1}).toArray(float[][]::new);
        }

        public void close() {
        }
    }

    /** A model whose image tower takes no region prompts (the interface's default method). */
    private static final class PlainModel implements VisionLanguageModel {
        public ModelIdentity identity() {
            return BASE;
        }

        public int embeddingDimension() {
            return 2;
        }

        public float[][] encodeImages(List<RgbImage> crops) {
            return crops.stream().map(c -> new float[] {1, 0}).toArray(float[][]::new);
        }

        public float[][] encodeTexts(List<String> texts) {
            return encodeTexts(texts, TextPrompts.NONE);
        }

        public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            return texts.stream().map(t -> new float[] {0, 1}).toArray(float[][]::new);
        }

        public void close() {
        }
    }
}
