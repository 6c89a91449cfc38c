package org.sightline.engine.djl.vl;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;

/**
 * The text tower of an open {@link PedestrianVlModel} as a differentiable function of learned prompt
 * vectors, for prompt tuning: the model's own weights are only read, never given gradients or
 * updated. Callers hold the model's lock for as long as they use this (one graph at a time).
 */
public final class PromptTextTower {

    private final PedestrianVlModel model;
    private final VlEncoder encoder;

    private PromptTextTower(PedestrianVlModel model) {
        this.model = model;
        this.encoder = model.encoder();
    }

    public static PromptTextTower of(PedestrianVlModel model) {
        return new PromptTextTower(model);
    }

    /** The object to synchronise on while using this tower (the model's encode calls use the same). */
    public Object lock() {
        return model;
    }

    /** The device the model's weights are on. */
    public Device device() {
        return model.device();
    }

    public int width() {
        return encoder.config().textWidth();
    }

    /** Unit text embeddings [N, D] of {@code texts} with {@code prompts} [P, W] inserted; gradients reach {@code prompts}. */
    public NDArray unitEmbeddings(NDManager scope, List<String> texts, NDArray prompts) {
        TextBatch batch = encoder.batch(scope, texts, (int) prompts.getShape().get(0));
        NDArray e = encoder.network().textEmbeddings(batch.ids(), batch.endOneHot(), prompts);
        return e.div(e.norm(new int[] {1}, true).add(1e-12f));
    }

    /** How many numbers the base model's own network holds (frozen OSNet not included). */
    public long baseParameterCount() {
        long n = 0;
        for (Pair<String, Parameter> p : encoder.network().getParameters()) {
            n += p.getValue().getArray().size();
        }
        return n;
    }

    /** A copy of every base weight, in parameter order (to check that tuning left them unchanged). */
    public float[] baseParameterValues() {
        float[] out = new float[Math.toIntExact(baseParameterCount())];
        int at = 0;
        for (Pair<String, Parameter> p : encoder.network().getParameters()) {
            float[] v = p.getValue().getArray().toFloatArray();
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return out;
    }

    /** Returns freed native memory after training steps (glibc malloc_trim; no-op elsewhere). */
    public static void trimNativeMemory() {
        NativeMemory.trim();
    }
}
