package org.sightline.engine.djl.tuning;

/** One tuning epoch: mean training loss, validation mA after it, and its wall-clock seconds. */
public record EpochRecord(int epoch, double trainingLoss, double validationMa, double seconds) {
}
