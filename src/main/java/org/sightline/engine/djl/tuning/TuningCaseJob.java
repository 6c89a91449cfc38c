package org.sightline.engine.djl.tuning;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.resume.TuningCaseJobs;
import org.sightline.core.tuning.resume.TuningCheckpoint;
import org.sightline.core.tuning.resume.TuningCheckpoints;
import org.sightline.core.tuning.resume.TuningResumeException;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * A tuning run that belongs to a case: after each epoch its checkpoint is committed to the case's
 * {@code tuning_checkpoints} together with the job's cursor, so cancel, a crash or quitting leaves it
 * resumable from its last finished epoch. Before running it re-reads the data and refuses, saying what
 * changed, when the data, base model or settings differ from those saved with the job. Cancelled after
 * an improving epoch, it keeps the best pack so far in {@link #result()} and ends as cancelled
 * (resumable); finished, it removes its checkpoint.
 */
public final class TuningCaseJob implements ResumableJob {

    /** Opens the base model a run tunes (and says which it is, without opening it). */
    public interface BaseModel {
        ModelIdentity identity();

        PedestrianVlModel open() throws Exception;
    }

    private final TuningRunSpec spec;
    private final BaseModel base;
    private final Function<String, AttributeSchema> schemas;
    private final Consumer<EpochRecord> epochs;
    private volatile TuningRun.Result result;

    public TuningCaseJob(TuningRunSpec spec, BaseModel base, Function<String, AttributeSchema> schemas, Consumer<EpochRecord> epochs) {
        this.spec = spec;
        this.base = base;
        this.schemas = schemas;
        this.epochs = epochs;
    }

    @Override
    public String kind() {
        return TuningCaseJobs.KIND;
    }

    @Override
    public String params() {
        return spec.toJson();
    }

    /**
     * Runs this job as job {@code jobId} of {@code store} (from its last checkpoint when it has one) and
     * returns the result. Cancelled after an improving epoch, it returns the best pack so far and the job
     * stays resumable; cancelled earlier it throws. A refused resume (data, base model or settings changed)
     * throws {@link TuningResumeException} and leaves the job resumable, for when the data is put back.
     */
    public TuningRun.Result runIn(CaseStore store, long jobId, JobContext context) throws Exception {
        try {
            ResumableJobs.asJob(store, jobId, this).run(context);
        } catch (JobCancelledException cancelled) {
            if (result == null) {
                throw cancelled;
            }
        } catch (TuningResumeException refused) {
            new CaseJobs(store).cancel(jobId);
            throw refused;
        }
        return result;
    }

    /** The finished (or cancelled after an improving epoch) run; null before. */
    public TuningRun.Result result() {
        return result;
    }

    @Override
    public void run(ResumableJobContext context, String resumeCursor) throws Exception {
        String where = TuningCaseJobs.where(context.store(), context.jobId());
        context.progress(0, spec.epochs(), "reading " + spec.input());
        TuningRun.Inputs inputs = TuningRun.read(spec.task(), Path.of(spec.input()), spec.schema(), schemas, true);
        TuningOptions options = TuningRun.options(spec);
        spec.requireSameRun(TuningRun.spec(spec.task(), Path.of(spec.input()), spec.schema(), options, base.identity(), spec.imagePrompts(),
                inputs), where);
        TuningCheckpoint from = resumeCursor == null ? null : TuningCaseJobs.checkpoint(context.store(), context.jobId()).orElse(null);
        TuningResume resume = new TuningResume(from, checkpoint -> context.commit(
                new Checkpoint("epoch " + checkpoint.epochsDone(), checkpoint.epochsDone(), spec.epochs()), List.of(),
                c -> {
                    TuningCheckpoints.save(c, context.jobId(), checkpoint);
                    return null;
                }));
        try (PedestrianVlModel model = base.open()) {
            result = TuningRun.run(model, spec, inputs, line -> { }, epochs, context, resume);
        }
        if (result.stoppedByCancel()) {
            throw new JobCancelledException();
        }
        context.store().inTransaction(c -> {
            TuningCheckpoints.delete(c, context.jobId());
            return null;
        });
    }
}
