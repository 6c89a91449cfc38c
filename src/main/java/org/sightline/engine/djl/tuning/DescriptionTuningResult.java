package org.sightline.engine.djl.tuning;

import java.util.List;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.eval.RetrievalScores;

/** Outcome of description-search tuning: the pack, each epoch, the best one, validation retrieval before and after. */
public record DescriptionTuningResult(PromptPack pack, List<EpochRecord> epochs, int bestEpoch, RetrievalScores before,
                                      RetrievalScores after, int trainingPeople, int validationPeople) {
    public DescriptionTuningResult {
        epochs = List.copyOf(epochs);
    }
}
