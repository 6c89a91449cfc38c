package org.sightline.core.cases.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;

/** Starts and resumes a case's persistent jobs on a {@link JobRunner}. */
public final class ResumableJobs {
    private final CaseStore store;
    private final CaseJobs jobs;
    private final JobRunner runner;
    private final Map<String, ResumableJobFactory> factories;

    public ResumableJobs(CaseStore store, JobRunner runner, List<ResumableJobFactory> factories) {
        this.store = store;
        this.jobs = new CaseJobs(store);
        this.runner = runner;
        this.factories = factories.stream().collect(Collectors.toMap(ResumableJobFactory::kind, Function.identity()));
    }

    public CaseJobs jobs() {
        return jobs;
    }

    /** Saves {@code job} in the case and runs it; the handle completes with the job's final row. */
    public JobHandle<CaseJob> start(String title, ResumableJob job) {
        CaseJob saved = jobs.create(job.kind(), job.params());
        return runner.submit(title, asJob(store, saved.id(), job));
    }

    /** Continues a saved job from its last checkpoint. */
    public JobHandle<CaseJob> resume(String title, long jobId) {
        CaseJob saved = jobs.require(jobId);
        ResumableJobFactory factory = factories.get(saved.kind());
        if (factory == null) {
            throw new CaseStoreException(CaseStoreException.Reason.INVALID_INPUT, "Job " + jobId + " is of kind '"
                    + saved.kind() + "', which this Sightline cannot run (known: " + factories.keySet() + ")");
        }
        return runner.submit(title, asJob(store, jobId, factory.fromParams(saved.params())));
    }

    /** Adapts a saved job to {@link Job}: marks it running, runs it from its cursor, records the outcome. */
    public static Job<CaseJob> asJob(CaseStore store, long jobId, ResumableJob job) {
        return context -> {
            CaseJobs jobs = new CaseJobs(store);
            context.throwIfCancelled();
            CaseJob saved = jobs.markRunning(jobId);
            context.progress(saved.done(), saved.total(), "resuming");
            try {
                job.run(new Context(store, jobId, context), saved.cursor());
            } catch (JobCancelledException cancelled) {
                jobs.cancel(jobId);
                throw cancelled;
            } catch (Exception | Error failure) {
                jobs.fail(jobId, failure.getMessage() != null ? failure.getMessage() : failure.toString());
                throw failure;
            }
            jobs.finish(jobId);
            return jobs.require(jobId);
        };
    }

    private record Context(CaseStore store, long jobId, JobContext delegate) implements ResumableJobContext {

        @Override
        public void commit(Checkpoint checkpoint, List<String> warnings, org.sightline.core.cases.SqlWork<?> writes) {
            store.inTransaction(c -> {
                writes.apply(c);
                for (String warning : warnings) {
                    CaseJobs.addEvent(c, jobId, JobEvent.Level.WARNING, warning);
                }
                CaseJobs.checkpoint(c, jobId, checkpoint);
                return null;
            });
            delegate.progress(checkpoint.done(), checkpoint.total(), checkpoint.done() + " of " + checkpoint.total());
        }

        @Override
        public void progress(long done, long total, String message) {
            delegate.progress(done, total, message);
        }

        @Override
        public boolean isCancelled() {
            return delegate.isCancelled();
        }
    }
}
