package org.sightline.engine.djl.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.tuning.resume.TuningCheckpoint.LearnedArray;

/**
 * Adam whose whole state can be saved and restored, so a tuning run resumes bit for bit: per learned
 * array (by name, in registration order) its first and second moments, and one update count.
 * The maths of DJL's Adam with a cosine tracker: at update t (from 1) the rate follows a cosine from
 * {@code baseRate} down to 5% of it over {@code maxUpdates}, then stays there; m = b1 m + (1 - b1) g,
 * v = b2 v + (1 - b2) g², w -= rate · sqrt(1 - b2^t) / (1 - b1^t) · m / (sqrt(v) + eps). The gradient is
 * zeroed after each update, as DJL's does. Call {@link #step} after the backward pass, outside gradient recording;
 * it switches recording off itself ({@link NoGrad}), so it works on any thread.
 */
final class Adam {

    static final float BETA1 = 0.9f;
    static final float BETA2 = 0.999f;
    static final float EPSILON = 1e-8f;
    static final float FINAL_SHARE = 0.05f;

    private final NDManager manager;
    private final float baseRate;
    private final int maxUpdates;
    private final Map<String, Learned> learned = new LinkedHashMap<>();
    private long updates;

    private record Learned(NDArray weight, NDArray mean, NDArray variance) {
    }

    Adam(NDManager manager, float baseRate, int maxUpdates) {
        this.manager = manager;
        this.baseRate = baseRate;
        this.maxUpdates = Math.max(1, maxUpdates);
    }

    /** Registers a learned array (it must require gradients); its moments start at zero. */
    void add(String name, NDArray weight) {
        if (learned.containsKey(name)) {
            throw new IllegalArgumentException("learned array '" + name + "' registered twice");
        }
        learned.put(name, new Learned(weight, manager.zeros(weight.getShape()), manager.zeros(weight.getShape())));
    }

    /** The learning rate of update {@code t} (from 1): DJL's cosine tracker, base to 5% of base. */
    float rate(long t) {
        float finalRate = baseRate * FINAL_SHARE;
        if (t > maxUpdates) {
            return finalRate;
        }
        return (float) ((baseRate - finalRate) / 2 * (1 + Math.cos(Math.PI * t / maxUpdates)) + finalRate);
    }

    /** One update of every registered array from its gradient, then zeroes the gradients. */
    void step() {
        updates++;
        double corrected = rate(updates) * Math.sqrt(1 - Math.pow(BETA2, updates)) / (1 - Math.pow(BETA1, updates));
        float stepSize = (float) corrected;
        try (NoGrad off = new NoGrad()) {
            update(stepSize);
        }
    }

    private void update(float stepSize) {
        for (Learned l : learned.values()) {
            // Temporaries are closed here: results of ops on the weights belong to the tuner's long-lived manager.
            try (NDArray gradient = l.weight.getGradient();
                 NDArray scaled = gradient.mul(1 - BETA1);
                 NDArray squared = gradient.square()) {
                l.mean.muli(BETA1).addi(scaled);
                l.variance.muli(BETA2).addi(squared.muli(1 - BETA2));
                try (NDArray denominator = l.variance.sqrt(); NDArray update = l.mean.mul(stepSize)) {
                    l.weight.subi(update.divi(denominator.addi(EPSILON)));
                }
                gradient.subi(gradient);
            }
        }
    }

    long updates() {
        return updates;
    }

    /** Values and moments of every learned array, copied out, in registration order. */
    List<LearnedArray> export() {
        List<LearnedArray> out = new ArrayList<>();
        learned.forEach((name, l) -> out.add(new LearnedArray(name, l.weight.getShape().getShape(), l.weight.toFloatArray(),
                l.mean.toFloatArray(), l.variance.toFloatArray())));
        return out;
    }

    /** Current values of every learned array, in registration order. */
    Map<String, float[]> values() {
        Map<String, float[]> out = new LinkedHashMap<>();
        learned.forEach((name, l) -> out.put(name, l.weight.toFloatArray()));
        return out;
    }

    /**
     * Restores values, moments and the update count saved by {@link #export()}. Every registered array
     * must be in {@code saved} with the same shape, and nothing else.
     */
    void restore(List<LearnedArray> saved, long savedUpdates) {
        List<String> names = saved.stream().map(LearnedArray::name).toList();
        if (!names.equals(List.copyOf(learned.keySet()))) {
            throw new IllegalArgumentException("the checkpoint holds learned arrays " + names + ", this tuner learns "
                    + learned.keySet());
        }
        for (LearnedArray a : saved) {
            Learned l = learned.get(a.name());
            if (!java.util.Arrays.equals(a.shape(), l.weight.getShape().getShape())) {
                throw new IllegalArgumentException("learned array '" + a.name() + "' has shape " + java.util.Arrays.toString(a.shape())
                        + " in the checkpoint, " + l.weight.getShape() + " here");
            }
        }
        try (NoGrad off = new NoGrad()) {
            for (LearnedArray a : saved) {
                Learned l = learned.get(a.name());
                l.weight.set(a.values());
                l.mean.set(a.firstMoment());
                l.variance.set(a.secondMoment());
            }
        }
        updates = savedUpdates;
    }
}
