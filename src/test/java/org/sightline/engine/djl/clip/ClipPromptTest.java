package org.sightline.engine.djl.clip;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learned prompt vectors: torch's outputs and gradients, and frozen towers under an optimizer step. */
class ClipPromptTest {

    @Test
    void textPromptsMatchTorchOutputsAndGradients() {
        JsonObject ref = TinyClip.model("vit");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            NDArray prompts = TinyClip.array(manager, ref, "text_prompts", 4, 128);
            prompts.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray features = network.text().encode(TinyClip.tokens(manager), prompts);
                ClipCheckpointTest.assertClose(TinyClip.floats(ref, "encode_text_prompted"), features);
                collector.backward(features.square().sum());
            }
            ClipCheckpointTest.assertClose(TinyClip.floats(ref, "text_prompt_grad"), prompts.getGradient());
        }
    }

    @Test
    void imagePromptsGoAfterTheClassToken() {
        JsonObject ref = TinyClip.model("vit");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            ClipVisionTransformer visual = (ClipVisionTransformer) network.visual();
            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 32, 32);
            NDArray prompts = TinyClip.array(manager, ref, "image_prompts", 4, 128);
            ClipCheckpointTest.assertClose(TinyClip.floats(ref, "encode_image_prompted"),
                    visual.encode(images, prompts).get(0));
            assertArrayEquals(new long[] {2, 1 + 4 + 16, 128}, visual.encode(images, prompts).get(1).getShape().getShape());
        }
    }

    @Test
    void optimizerStepMovesPromptsAndLeavesTowersUnchanged() {
        JsonObject ref = TinyClip.model("vit");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            Map<String, float[]> before = new HashMap<>();
            network.stateDict().forEach((name, p) -> before.put(name, p.getArray().toFloatArray()));
            NDArray textPrompts = TinyClip.array(manager, ref, "text_prompts", 4, 128);
            NDArray imagePrompts = TinyClip.array(manager, ref, "image_prompts", 4, 128);
            textPrompts.setRequiresGradient(true);
            imagePrompts.setRequiresGradient(true);
            float[] textStart = textPrompts.toFloatArray();
            float[] imageStart = imagePrompts.toFloatArray();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray text = network.text().encode(TinyClip.tokens(manager), textPrompts).get("0:2");
                NDArray image = ((ClipVisionTransformer) network.visual())
                        .encode(TinyClip.array(manager, ref, "image", 2, 3, 32, 32), imagePrompts).get(0);
                NDArray similarity = text.div(text.norm(new int[] {1}, true)).mul(image.div(image.norm(new int[] {1}, true)));
                collector.backward(similarity.sum().neg());
            }
            assertTrue(textPrompts.getGradient().abs().sum().getFloat() > 0, "text prompts got no gradient");
            assertTrue(imagePrompts.getGradient().abs().sum().getFloat() > 0, "image prompts got no gradient");
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).build();
            adam.update("text", textPrompts, textPrompts.getGradient());
            adam.update("image", imagePrompts, imagePrompts.getGradient());
            assertFalse(java.util.Arrays.equals(textStart, textPrompts.toFloatArray()), "text prompts did not move");
            assertFalse(java.util.Arrays.equals(imageStart, imagePrompts.toFloatArray()), "image prompts did not move");
            for (Map.Entry<String, Parameter> entry : network.stateDict().entrySet()) {
                assertFalse(entry.getValue().requiresGradient(), entry.getKey() + " is not frozen");
                assertArrayEquals(before.get(entry.getKey()), entry.getValue().getArray().toFloatArray(), entry.getKey());
            }
        }
    }

    @Test
    void promptsThatWouldPushTheEndTokenOutAreRejected() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipTextTower tower = new ClipTextTower(new TextTowerConfig(49408, 8, 64, 1, 1, 16));
            tower.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32);
            NDArray ids = manager.create(new long[] {49406, 1, 2, 3, 4, 49407, 0, 0}, new ai.djl.ndarray.types.Shape(1, 8));
            assertArrayEquals(new long[] {1, 16}, tower.encode(ids, manager.zeros(new ai.djl.ndarray.types.Shape(2, 64)))
                    .getShape().getShape());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> tower.encode(ids, manager.zeros(new ai.djl.ndarray.types.Shape(3, 64))));
            assertTrue(e.getMessage().contains("no room for 3 prompt vectors"), e.getMessage());
        }
    }
}
