package org.sightline.core.tuning.resume;

import java.util.Arrays;
import java.util.List;

/**
 * Everything a prompt-tuning run needs to continue after its last finished epoch, engine-neutral:
 * the learned arrays by name with the optimizer's first and second moments, the optimizer's update
 * count, and the epoch loop's own state (epochs done, best epoch, its metric and learned values,
 * epochs without improvement, and the finished epochs for the chart). A further learned array is one
 * more entry in {@code learned} and {@code best}; the format does not change.
 */
public record TuningCheckpoint(List<LearnedArray> learned, long optimizerSteps, int epochsDone, int bestEpoch,
                               double bestMetric, int epochsWithoutImprovement, List<NamedValues> best,
                               List<Epoch> history) {

    public TuningCheckpoint {
        learned = List.copyOf(learned);
        best = List.copyOf(best);
        history = List.copyOf(history);
    }

    /** One learned array: its shape, values, and the optimizer's moments (same length as the values). */
    public record LearnedArray(String name, long[] shape, float[] values, float[] firstMoment, float[] secondMoment) {

        public LearnedArray {
            if (values.length != firstMoment.length || values.length != secondMoment.length
                    || values.length != Arrays.stream(shape).reduce(1, (a, b) -> a * b)) {
                throw new IllegalArgumentException("learned array '" + name + "': shape " + Arrays.toString(shape) + ", "
                        + values.length + " values, moments of " + firstMoment.length + " and " + secondMoment.length);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LearnedArray a && name.equals(a.name) && Arrays.equals(shape, a.shape)
                    && Arrays.equals(values, a.values) && Arrays.equals(firstMoment, a.firstMoment)
                    && Arrays.equals(secondMoment, a.secondMoment);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    /** Values of one learned array, e.g. at the best epoch. */
    public record NamedValues(String name, float[] values) {

        @Override
        public boolean equals(Object o) {
            return o instanceof NamedValues v && name.equals(v.name) && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }
    }

    /** A finished epoch: mean training loss, validation metric (mA or R@1) after it, and its duration. */
    public record Epoch(int epoch, double trainingLoss, double metric, double seconds) {
    }
}
