package org.sightline.core.tuning.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobs;

/**
 * The prompt-tuning jobs of a case (kind {@value #KIND}, parameters a {@link TuningRunSpec}) that can be
 * continued, with the epochs their checkpoints hold, and their checkpoints.
 */
public final class TuningCaseJobs {

    public static final String KIND = "prompt-tuning";

    /** A saved run that can be continued: its job row, what it was started with, and its finished epochs. */
    public record SavedRun(CaseJob job, TuningRunSpec spec, List<TuningCheckpoint.Epoch> epochs) {
    }

    private TuningCaseJobs() {
    }

    /** The case's tuning runs that were cancelled or interrupted (or never started), oldest first. */
    public static List<SavedRun> resumable(CaseStore store) {
        List<SavedRun> out = new ArrayList<>();
        for (CaseJob job : new CaseJobs(store).resumable()) {
            if (job.kind().equals(KIND)) {
                TuningRunSpec spec = TuningRunSpec.fromJson(job.params(), where(store, job.id()));
                List<TuningCheckpoint.Epoch> epochs = checkpoint(store, job.id()).map(TuningCheckpoint::history).orElse(List.of());
                out.add(new SavedRun(job, spec, epochs));
            }
        }
        return out;
    }

    public static Optional<TuningCheckpoint> checkpoint(CaseStore store, long jobId) {
        return store.read(c -> TuningCheckpoints.load(c, jobId, "case " + store.info().folder()));
    }

    /** Where a job's run is saved, for messages. */
    public static String where(CaseStore store, long jobId) {
        return "case " + store.info().folder() + " (job " + jobId + ")";
    }
}
