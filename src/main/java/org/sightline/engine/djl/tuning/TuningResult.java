package org.sightline.engine.djl.tuning;

import java.util.List;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.tuning.PromptPack;

/**
 * What a tuning run gives: the pack (state of the best validation epoch), the epochs, and validation
 * reports of the base model zero-shot (offsets 0), the base model with per-attribute offsets tuned on
 * the training part (the simplest fair baseline), and the pack loaded onto the base model.
 */
public record TuningResult(PromptPack pack, List<EpochRecord> epochs, int bestEpoch, EvaluationReport zeroShot,
                           EvaluationReport zeroShotWithOffsets, EvaluationReport tuned, long baseParameterCount) {

    public TuningResult {
        epochs = List.copyOf(epochs);
    }
}
