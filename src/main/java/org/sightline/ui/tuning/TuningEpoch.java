package org.sightline.ui.tuning;

/**
 * One finished tuning epoch as the chart shows it: mean training loss and the task's validation
 * metric after it (mA for attributes, R@1 for description search).
 */
public record TuningEpoch(int epoch, double trainingLoss, double validationMetric) {
}
