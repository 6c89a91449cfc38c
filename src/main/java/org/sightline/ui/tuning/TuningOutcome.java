package org.sightline.ui.tuning;

import java.util.Locale;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.eval.RetrievalScores;

/**
 * A finished tuning run: its task, the pack (best validation epoch) and the validation figures before
 * and after. Attributes: mA zero-shot, with offsets tuned on the training part, and with the pack, over
 * {@code attributes}. Description search: retrieval before (base model) and after (the pack). {@code
 * stoppedByCancel} when the user cancelled and the best epoch so far was kept. {@code device}: what it ran on
 * ("CPU", "GPU 0"), "" when not known.
 */
public record TuningOutcome(TuningTask task, PromptPack pack, double maZeroShot, double maWithOffsets, double maAfter,
                            int bestEpoch, int attributes, RetrievalScores retrievalBefore, RetrievalScores retrievalAfter,
                            boolean stoppedByCancel, String device) {

    /** An attributes run's outcome. */
    public TuningOutcome(PromptPack pack, double maZeroShot, double maWithOffsets, double maAfter, int bestEpoch, int attributes,
                         boolean stoppedByCancel) {
        this(TuningTask.ATTRIBUTES, pack, maZeroShot, maWithOffsets, maAfter, bestEpoch, attributes, null, null, stoppedByCancel, "");
    }

    /** A description-search run's outcome. */
    public static TuningOutcome retrieval(PromptPack pack, RetrievalScores before, RetrievalScores after, int bestEpoch,
                                          boolean stoppedByCancel) {
        return new TuningOutcome(TuningTask.DESCRIPTION_SEARCH, pack, Double.NaN, Double.NaN, Double.NaN, bestEpoch, 0, before,
                after, stoppedByCancel, "");
    }

    /** This outcome, saying it ran on {@code ranOn} ("CPU", "GPU 0"). */
    public TuningOutcome onDevice(String ranOn) {
        return new TuningOutcome(task, pack, maZeroShot, maWithOffsets, maAfter, bestEpoch, attributes, retrievalBefore,
                retrievalAfter, stoppedByCancel, ranOn == null ? "" : ranOn);
    }

    /** Before → after in one line for the dialog, ending with the device it ran on when known. */
    public String beforeAfter() {
        return figures() + (device.isBlank() ? "" : "; tuned on " + device);
    }

    private String figures() {
        if (task == TuningTask.DESCRIPTION_SEARCH) {
            return String.format(Locale.ROOT, "Validation description search over %d queries, %d gallery crops: "
                            + "R@1 %.1f%% → %.1f%%, R@10 %.1f%% → %.1f%%, mAP %.1f%% → %.1f%% (base model → prompt pack, best epoch %d)",
                    retrievalAfter.queries(), retrievalAfter.gallery(), 100 * retrievalBefore.recallAt1(),
                    100 * retrievalAfter.recallAt1(), 100 * retrievalBefore.recallAt10(), 100 * retrievalAfter.recallAt10(),
                    100 * retrievalBefore.meanAveragePrecision(), 100 * retrievalAfter.meanAveragePrecision(), bestEpoch);
        }
        return String.format(Locale.ROOT, "Validation mA over %d attributes: before %.3f (zero-shot), %.3f "
                + "(zero-shot + offsets); after %.3f (prompt pack, best epoch %d)", attributes, maZeroShot, maWithOffsets,
                maAfter, bestEpoch);
    }
}
