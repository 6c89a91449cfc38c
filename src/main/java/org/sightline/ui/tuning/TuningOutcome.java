package org.sightline.ui.tuning;

import org.sightline.core.tuning.PromptPack;

/**
 * A finished tuning run: the pack (best validation epoch) and validation mA before (zero-shot, and
 * with offsets tuned on the training part) and after (the pack); {@code stoppedByCancel} when the
 * user cancelled and the best epoch so far was kept.
 */
public record TuningOutcome(PromptPack pack, double maZeroShot, double maWithOffsets, double maAfter, int bestEpoch,
                            int attributes, boolean stoppedByCancel) {
}
