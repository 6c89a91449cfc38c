package org.sightline.ui.tuning;

/** One finished tuning epoch as the chart shows it: mean training loss and validation mA after it. */
public record TuningEpoch(int epoch, double trainingLoss, double validationMa) {
}
