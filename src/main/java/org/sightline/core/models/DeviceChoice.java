package org.sightline.core.models;

import java.util.Optional;

/**
 * The device inference actually runs on.
 *
 * @param requested      the user's setting
 * @param gpuIndex       the GPU used, or -1 for the CPU
 * @param device         human-readable device in use, e.g. "CPU" or "GPU 0 of 2 (PyTorch)"
 * @param fallbackReason why the request could not be honoured, e.g. a GPU was asked for but none found
 */
public record DeviceChoice(ComputeDevice requested, int gpuIndex, String device, Optional<String> fallbackReason) {

    public boolean usesGpu() {
        return gpuIndex >= 0;
    }

    /** One line for the status bar and logs, e.g. "CPU (GPU requested, but ...)". */
    public String describe() {
        return fallbackReason.map(reason -> device + " (" + reason + ")").orElse(device);
    }
}
