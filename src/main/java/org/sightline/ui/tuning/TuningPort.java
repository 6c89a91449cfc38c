package org.sightline.ui.tuning;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.Job;
import org.sightline.core.vl.ModelIdentity;

/**
 * Prompt tuning as the composition root hands it to the UI (the UI never touches an inference engine):
 * the base model packs are tuned on and checked against, the schemas offered, and the tuning job.
 */
public interface TuningPort {

    /** The base model (id and weights' SHA-256) this app tunes and scores packs on. */
    ModelIdentity base();

    /** Schema ids the dialog offers (the user may also type a schema file). */
    List<String> schemas();

    /**
     * The tuning run as a job. {@code epochs} is called on the job's thread after each epoch. Cancelled
     * after an epoch improved on the initial prompts, the job returns the best epoch's pack
     * ({@link TuningOutcome#stoppedByCancel()}); cancelled earlier, it ends as cancelled.
     */
    Job<TuningOutcome> tuning(TuningRequest request, Consumer<TuningEpoch> epochs);

    /**
     * The run as a resumable job of the open case: each finished epoch is saved in the case, so cancel,
     * a crash or quitting leaves it to {@link #resume}. Cancelled after an improving epoch, the job returns
     * the best epoch's pack and the run stays resumable. Without case support: {@link #tuning(TuningRequest, Consumer)}.
     */
    default Job<TuningOutcome> tuning(CaseStore store, TuningRequest request, Consumer<TuningEpoch> epochs) {
        return tuning(request, epochs);
    }

    /** The case's tuning runs that can be continued, oldest first (reads the case; call off the UI thread when it may be busy). */
    default List<InterruptedTuning> interrupted(CaseStore store) {
        return List.of();
    }

    /**
     * Continues a saved run from its last finished epoch: {@code epochs} first receives the saved epochs,
     * then the new ones. Fails, saying what changed, when its data, base model or settings changed.
     */
    default Job<TuningOutcome> resume(CaseStore store, long jobId, Consumer<TuningEpoch> epochs) {
        return context -> {
            throw new IOException("This Sightline cannot resume tuning runs");
        };
    }

    /** For a UI without the tuning engine (previews, tests): starting explains it is missing. */
    static TuningPort none() {
        return new TuningPort() {
            @Override
            public ModelIdentity base() {
                return new ModelIdentity("none", "");
            }

            @Override
            public List<String> schemas() {
                return List.of();
            }

            @Override
            public Job<TuningOutcome> tuning(TuningRequest request, Consumer<TuningEpoch> epochs) {
                return context -> {
                    throw new IOException("This Sightline was started without the prompt tuning engine");
                };
            }
        };
    }
}
