package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

/** A pack over a two-dimensional stand-in model: probabilities are the sigmoid of the heads' logits. */
class PackAttributePredictorTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    /** "a man" points along x, "a woman" along y; a crop 1 pixel wide is "male" (x), wider ones "female" (y). */
    private static final class TwoAxisModel implements VisionLanguageModel {
        boolean closed;

        @Override
        public ModelIdentity identity() {
            return BASE;
        }

        @Override
        public int embeddingDimension() {
            return 2;
        }

        @Override
        public float[][] encodeImages(List<RgbImage> crops) {
            return crops.stream().map(c -> c.width() == 1 ? new float[] {1, 0} : new float[] {0, 1}).toArray(float[][]::new);
        }

        @Override
        public float[][] encodeTexts(List<String> texts) {
            return encodeTexts(texts, TextPrompts.NONE);
        }

        @Override
        public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            return texts.stream().map(t -> t.equals("a man") ? new float[] {1, 0} : new float[] {0, 1}).toArray(float[][]::new);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static PromptPack pack(ModelIdentity base, float offset) {
        return new PromptPack(base, "peta-35", TextPrompts.NONE,
                List.of(new AttributeHead("personalMale", "a man", "a woman", 2f, offset)), Map.of());
    }

    @Test
    void probabilitiesAreTheSigmoidOfTheLogitsAndIdsDifferPerPack() {
        TwoAxisModel model = new TwoAxisModel();
        try (PackAttributePredictor predictor = new PackAttributePredictor("office", pack(BASE, 0.5f), model, true)) {
            assertEquals(List.of("personalMale"), predictor.attributeNames());
            float[][] p = predictor.predict(List.of(new RgbImage(1, 1, new byte[3]), new RgbImage(2, 1, new byte[6])));
            assertArrayEquals(new float[] {(float) (1 / (1 + Math.exp(-2.5)))}, p[0], 1e-6f);
            assertArrayEquals(new float[] {(float) (1 / (1 + Math.exp(1.5)))}, p[1], 1e-6f);
            assertTrue(predictor.id().startsWith("sightline-pedvl+pack:office@"), predictor.id());
            assertNotEquals(predictor.id(), PackAttributePredictor.idOf(pack(BASE, 0.7f), "office"));
            assertEquals("sightline-pedvl + pack office", PackAttributePredictor.displayNameOf(pack(BASE, 0), "office"));
        }
        assertTrue(model.closed);
        assertThrows(PromptPackMismatchException.class, () -> new PackAttributePredictor("clip",
                pack(new ModelIdentity("clip-vit-b32", "cd".repeat(32)), 0), new TwoAxisModel(), true));
    }
}
