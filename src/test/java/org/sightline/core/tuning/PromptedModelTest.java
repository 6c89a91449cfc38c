package org.sightline.core.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;

class PromptedModelTest {

    private static final ModelIdentity BASE = new ModelIdentity("sightline-pedvl", "ab".repeat(32));

    /** Records the prompts each text encoding was asked for. */
    private static final class Recording implements VisionLanguageModel {
        final List<TextPrompts> asked = new ArrayList<>();
        boolean closed;

        public ModelIdentity identity() {
            return BASE;
        }

        public int embeddingDimension() {
            return 1;
        }

        public float[][] encodeImages(List<RgbImage> crops) {
            return new float[crops.size()][1];
        }

        public float[][] encodeTexts(List<String> texts) {
            return encodeTexts(texts, TextPrompts.NONE);
        }

        public float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
            asked.add(prompts);
            return new float[texts.size()][1];
        }

        public void close() {
            closed = true;
        }
    }

    @Test
    void plainTextEncodingGoesThroughThePacksPromptsAndTheBaseStaysOpen() {
        TextPrompts learned = new TextPrompts(1, 2, new float[] {3, 4});
        PromptPack pack = new PromptPack(BASE, "peta-35", learned, List.of(), Map.of());
        Recording base = new Recording();
        try (PromptedModel prompted = new PromptedModel(pack, base)) {
            prompted.encodeTexts(List.of("a woman in a red coat"));
            assertSame(learned, base.asked.getFirst());
            assertEquals(BASE, prompted.identity());
        }
        assertFalse(base.closed);
        PromptPack foreign = new PromptPack(new ModelIdentity("clip-vit-b32", "cd".repeat(32)), "peta-35", learned,
                List.of(), Map.of());
        assertThrows(PromptPackMismatchException.class, () -> new PromptedModel(foreign, base));
    }
}
