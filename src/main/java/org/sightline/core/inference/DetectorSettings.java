package org.sightline.core.inference;

/**
 * How a detector filters its raw output.
 *
 * @param confidenceThreshold detections scoring below this (0..1) are dropped
 * @param nmsIouThreshold     of two overlapping detections with IoU above this, the weaker is dropped
 * @param inputSize           side in pixels of the square the model sees (the model file fixes it)
 */
public record DetectorSettings(float confidenceThreshold, float nmsIouThreshold, int inputSize) {

    /** NanoDet-m 416 defaults: NanoDet's own NMS IoU 0.6 and a threshold chosen on MOT17-02. */
    public static final DetectorSettings DEFAULT = new DetectorSettings(0.35f, 0.6f, 416);

    public DetectorSettings {
        if (!(confidenceThreshold >= 0f && confidenceThreshold <= 1f)) {
            throw new IllegalArgumentException(
                    "Confidence threshold must lie in [0, 1], got " + confidenceThreshold);
        }
        if (!(nmsIouThreshold > 0f && nmsIouThreshold <= 1f)) {
            throw new IllegalArgumentException("NMS IoU threshold must lie in (0, 1], got " + nmsIouThreshold);
        }
        if (inputSize < 32 || inputSize > 4096) {
            throw new IllegalArgumentException("Input size must lie in [32, 4096] pixels, got " + inputSize);
        }
    }

    public DetectorSettings withConfidenceThreshold(float threshold) {
        return new DetectorSettings(threshold, nmsIouThreshold, inputSize);
    }

    public DetectorSettings withInputSize(int size) {
        return new DetectorSettings(confidenceThreshold, nmsIouThreshold, size);
    }
}
