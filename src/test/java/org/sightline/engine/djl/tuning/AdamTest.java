package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.tuning.resume.TuningCheckpoint.LearnedArray;

/** Our checkpointable Adam follows DJL's Adam with a cosine tracker, and its state round-trips exactly. */
class AdamTest {

    private static final float[] START = {0.5f, -1.2f, 2.0f, 0.05f, -0.3f, 1.1f};
    private static final float[] TARGET = {1f, 0.5f, -0.5f, 0.2f, 0f, -1f};

    /** Gradient of sum((w - target)^2 * (1 + i)) at w, recorded by autograd. */
    private static void backward(NDManager manager, NDArray w) {
        try (NDManager scope = manager.newSubManager();
             GradientCollector collector = Engine.getEngine(PromptTuner.ENGINE).newGradientCollector()) {
            NDArray target = scope.create(TARGET, w.getShape());
            NDArray weights = scope.arange(1f, 7f).reshape(w.getShape());
            collector.backward(w.sub(target).square().mul(weights).sum());
        }
    }

    /** A job runner's thread starts with PyTorch's gradient recording on (only the engine's loading thread has it off). */
    @Test
    void stepsAndRestoresOnAThreadOtherThanTheEngines() throws Exception {
        Engine.getEngine(PromptTuner.ENGINE); // loaded here, so the worker below has recording on as an app job's does
        float[][] moved = new float[1][];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try (NDManager manager = Engine.getEngine(PromptTuner.ENGINE).newBaseManager()) {
                NDArray w = manager.create(START, new Shape(2, 3));
                w.setRequiresGradient(true);
                Adam adam = new Adam(manager, 0.05f, 20);
                adam.add("w", w);
                backward(manager, w);
                adam.step();
                moved[0] = w.toFloatArray();
                adam.restore(adam.export(), 1);
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        worker.start();
        worker.join();
        if (failure[0] != null) {
            throw new AssertionError("Adam failed on a job thread: " + failure[0].getMessage().lines().findFirst().orElse(""), failure[0]);
        }
        assertTrue(Math.abs(moved[0][0] - START[0]) > 0.01, "the weights moved");
    }

    @Test
    void followsDjlAdamWithCosineDecay() {
        try (NDManager manager = Engine.getEngine(PromptTuner.ENGINE).newBaseManager()) {
            NDArray ours = manager.create(START, new Shape(2, 3));
            NDArray theirs = manager.create(START, new Shape(2, 3));
            ours.setRequiresGradient(true);
            theirs.setRequiresGradient(true);
            Adam adam = new Adam(manager, 0.05f, 20);
            adam.add("w", ours);
            Optimizer djl = Optimizer.adam().optLearningRateTracker(Tracker.cosine().setBaseValue(0.05f).optFinalValue(0.05f * 0.05f)
                    .setMaxUpdates(20).build()).build();
            for (int step = 1; step <= 25; step++) {
                backward(manager, ours);
                adam.step();
                backward(manager, theirs);
                try (NDArray gradient = theirs.getGradient()) {
                    djl.update("w", theirs, gradient);
                }
                assertArrayEquals(theirs.toFloatArray(), ours.toFloatArray(), 1e-5f, "after update " + step);
            }
            assertTrue(Math.abs(ours.toFloatArray()[0] - START[0]) > 0.1, "the weights moved");
            assertEquals(adam.rate(21), 0.05f * 0.05f, 1e-9, "past the last update the rate stays at 5%");
        }
    }

    @Test
    void restoredStateContinuesBitForBit() {
        try (NDManager manager = Engine.getEngine(PromptTuner.ENGINE).newBaseManager()) {
            NDArray a = manager.create(START, new Shape(2, 3));
            a.setRequiresGradient(true);
            Adam first = new Adam(manager, 0.05f, 20);
            first.add("w", a);
            for (int i = 0; i < 4; i++) {
                backward(manager, a);
                first.step();
            }
            List<LearnedArray> saved = first.export();
            long steps = first.updates();
            for (int i = 0; i < 3; i++) {
                backward(manager, a);
                first.step();
            }
            NDArray b = manager.create(new float[6], new Shape(2, 3));
            b.setRequiresGradient(true);
            Adam second = new Adam(manager, 0.05f, 20);
            second.add("w", b);
            second.restore(saved, steps);
            assertEquals(saved, second.export(), "values and moments restored exactly");
            for (int i = 0; i < 3; i++) {
                backward(manager, b);
                second.step();
            }
            assertArrayEquals(a.toFloatArray(), b.toFloatArray(), 0f);
            assertEquals(first.export(), second.export());

            Adam other = new Adam(manager, 0.05f, 20);
            other.add("prompts", manager.zeros(new Shape(2, 3)));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.restore(saved, steps));
            assertTrue(e.getMessage().contains("[w]") && e.getMessage().contains("[prompts]"), e.getMessage());
        }
    }
}
