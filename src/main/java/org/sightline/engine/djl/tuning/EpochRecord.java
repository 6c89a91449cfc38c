package org.sightline.engine.djl.tuning;

/** One tuning epoch: mean training loss, the validation metric after it (mA; R@1 for description search), and its wall-clock seconds. */
public record EpochRecord(int epoch, double trainingLoss, double validationMa, double seconds) {
}
