package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.tuning.AttributeSentences;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.PromptPackMismatchException;
import org.sightline.core.tuning.TunedAttributes;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.eval.ZeroShotPrompts;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.clip.TinyClip;

/** Prompt tuning (text + region prompts + heads) on a tiny CLIP ViT checkpoint and synthetic crops. */
class ClipPromptTuningTest {

    private static final ModelIdentity TINY = new ModelIdentity("tiny-clip-vit.pt", "12".repeat(32));

    @Test
    void tuningLowersTheLossLeavesEveryWeightAndWritesAPackForThisModelOnly(@TempDir Path dir) throws Exception {
        AttributeSchema schema = BuiltInSchemas.peta35();
        TuningData data = TuningInputs.read(SyntheticCrops.csv(dir.resolve("crops"), 48, 5), schema, true);
        ClipTokenizer tokenizer = new ClipTokenizer(TinyClip.merges());
        try (ClipModel model = ClipModel.open(TinyClip.dir().resolve("tiny-clip-vit.pt"), TINY, tokenizer)) {
            TunableBase base = TunableBase.of(model, 2);
            float[] weightsBefore = base.baseParameterValues();
            List<LabelledImage> images = data.labels().images();
            List<Set<String>> truth = images.stream().map(LabelledImage::tokens).toList();
            List<ZeroShotPrompts.Pair> pairs = data.attributes().stream().map(t -> AttributeSentences.of(schema, t)).toList();
            TuningOptions options = new TuningOptions(6, 3, 2, 0.05, 16, 10, 0.3);
            TuningImages train = TuningImages.prompted(base, base.cache(images, null, "test"));
            float[][] w = PromptTuning.classWeights(data.attributes(), truth);
            List<Double> losses = new ArrayList<>();
            float[] regionsAfter;
            try (PromptTuner tuner = new PromptTuner(base, data.attributes(), pairs.stream().map(ZeroShotPrompts.Pair::positive).toList(),
                    pairs.stream().map(ZeroShotPrompts.Pair::negative).toList(), options, train)) {
                float[] regionsBefore = tuner.state().imagePrompts();
                assertEquals(4 * 2 * 128, regionsBefore.length);
                for (int e = 1; e <= options.epochs(); e++) {
                    losses.add(tuner.epoch(e, train, truth, w[0], w[1], null));
                }
                regionsAfter = tuner.state().imagePrompts();
                assertFalse(java.util.Arrays.equals(regionsBefore, regionsAfter), "region prompts did not move");
            }
            assertTrue(losses.getLast() < losses.getFirst() * 0.97, "training loss should fall: " + losses);
            assertArrayEquals(weightsBefore, base.baseParameterValues(), "CLIP weights must stay bit-identical");

            TuningResult result = new PromptTuning(base, true, data, options, line -> { }, e -> { }).run(null);
            assertArrayEquals(weightsBefore, base.baseParameterValues(), "CLIP weights must stay bit-identical");
            PromptPack pack = result.pack();
            assertEquals(TINY, pack.base());
            assertEquals(4 * 2 * 128, pack.imagePrompts().values().length);
            assertEquals(2 * 128 + 4 * 2 * 128 + 2L * data.attributes().size(), pack.trainedParameterCount());
            Path file = dir.resolve("pack.json");
            PromptPackJson.write(pack, file);
            PromptPack back = PromptPackJson.read(file);
            List<RgbImage> some = CropEmbeddings.read(images.subList(0, 5));
            TunedAttributes loaded = TunedAttributes.load(back, model);
            assertArrayEquals(TunedAttributes.load(pack, model).logits(loaded.encode(some))[2], loaded.logits(loaded.encode(some))[2], 1e-6);
            assertFalse(java.util.Arrays.equals(model.encodeImages(some)[0], loaded.encode(some)[0]), "the pack's region prompts must apply");

            try (ClipModel other = ClipModel.open(TinyClip.dir().resolve("tiny-clip-vit.pt"), new ModelIdentity("tiny-clip-vit.pt",
                    "34".repeat(32)), tokenizer)) {
                assertThrows(PromptPackMismatchException.class, () -> TunedAttributes.load(back, other));
            }
        }
    }
}
