package org.sightline.engine.djl.clip;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClipModel end to end: RGB crops and strings in, torch's normalised embeddings out. */
class ClipModelTest {

    @Test
    void encodesImagesAndTextsLikeTorch() throws IOException {
        JsonObject ref = TinyClip.model("vit");
        JsonObject picture = TinyClip.reference().getAsJsonObject("preprocess");
        ClipTokenizer tokenizer = new ClipTokenizer(merges());
        ModelIdentity identity = new ModelIdentity("tiny-clip", "0".repeat(64));
        try (ClipModel model = ClipModel.open(TinyClip.dir().resolve("tiny-clip-vit.pt"), identity, tokenizer)) {
            assertEquals(identity, model.identity());
            assertEquals(64, model.embeddingDimension());
            RgbImage image = new RgbImage(50, 37, bytes(picture.getAsJsonArray("rgb")));
            float[][] images = model.encodeImages(List.of(image, image));
            assertEquals(2, images.length);
            assertClose(TinyClip.floats(ref, "encode_preprocessed"), images[1]);

            List<String> texts = referenceTexts(tokenizer);
            float[] plain = TinyClip.floats(ref, "encode_text");
            float[][] encoded = model.encodeTexts(texts);
            float[] prompted = TinyClip.floats(ref, "encode_text_prompted");
            float[][] withPrompts = model.encodeTexts(texts, new TextPrompts(4, 128, TinyClip.floats(ref, "text_prompts")));
            for (int row = 0; row < texts.size(); row++) {
                assertClose(normalised(plain, row, 64), encoded[row]);
                assertClose(normalised(prompted, row, 64), withPrompts[row]);
            }
        }
    }

    @Test
    void manyImagesAreBatched() throws IOException {
        ClipTokenizer tokenizer = new ClipTokenizer(merges());
        try (ClipModel model = ClipModel.open(TinyClip.dir().resolve("tiny-clip-vit.pt"),
                new ModelIdentity("tiny-clip", "0".repeat(64)), tokenizer)) {
            List<RgbImage> crops = new ArrayList<>();
            for (int i = 0; i < ClipModel.BATCH + 3; i++) {
                byte[] pixels = new byte[40 * 80 * 3];
                Arrays.fill(pixels, (byte) (i * 13));
                crops.add(new RgbImage(40, 80, pixels));
            }
            float[][] all = model.encodeImages(crops);
            float[][] last = model.encodeImages(crops.subList(ClipModel.BATCH + 2, ClipModel.BATCH + 3));
            assertEquals(crops.size(), all.length);
            assertClose(last[0], all[ClipModel.BATCH + 2]);
        }
    }

    /** The texts whose tokens are the reference rows (checked: they tokenize back to those ids). */
    private static List<String> referenceTexts(ClipTokenizer tokenizer) {
        List<String> texts = new ArrayList<>();
        for (var row : TinyClip.reference().getAsJsonArray("texts")) {
            JsonArray ids = row.getAsJsonArray();
            int[] words = new int[ids.size() - 2];
            for (int i = 0; i < words.length; i++) {
                words[i] = ids.get(i + 1).getAsInt();
            }
            String text = tokenizer.decode(words).strip();
            int[] expected = new int[77];
            for (int i = 0; i < ids.size(); i++) {
                expected[i] = ids.get(i).getAsInt();
            }
            assertArrayEquals(expected, tokenizer.tokenize(text, false), "ids of \"" + text + "\"");
            texts.add(text);
        }
        return texts;
    }

    private static float[] normalised(float[] rows, int row, int dimension) {
        float[] out = Arrays.copyOfRange(rows, row * dimension, (row + 1) * dimension);
        double norm = 0;
        for (float v : out) {
            norm += v * v;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) Math.sqrt(norm);
        }
        return out;
    }

    private static byte[] bytes(JsonArray values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) values.get(i).getAsInt();
        }
        return out;
    }

    private static void assertClose(float[] expected, float[] actual) {
        float difference = TinyClip.maxDifference(expected, actual);
        assertTrue(difference < 1e-4f, "max |torch - DJL| = " + difference);
    }

    static Path merges() {
        String mirror = System.getProperty("sightline.modelMirror");
        Assumptions.assumeTrue(mirror != null, "System property sightline.modelMirror is not set: the CLIP BPE merges"
                + " are needed (clip/bpe_simple_vocab_16e6.txt.gz)");
        Path file = Path.of(mirror, "clip", "bpe_simple_vocab_16e6.txt.gz");
        Assumptions.assumeTrue(Files.isRegularFile(file), "Missing " + file);
        return file;
    }
}
