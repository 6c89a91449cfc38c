package org.sightline.cli.ingest;

import java.io.PrintWriter;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.GalleryEmbeddingJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.PartialIngestException;

/**
 * Runs or resumes the jobs that ingest one source: a video or frame folder gets a footage ingest,
 * a gallery an import then an embedding. A job of the source that was cancelled or interrupted is
 * resumed with its saved settings; one that succeeded is not run again; one that failed is
 * reported and left (remove the source to try again).
 */
final class SourceIngest {

    /** How a source's ingest ended. */
    enum Outcome { DONE, ALREADY_DONE, PARTIAL, FAILED, CANCELLED }

    private final CaseStore store;
    private final IngestEngines engines;
    private final CaseJobs jobs;
    private final PrintWriter err;
    private final ConsoleJobContext context;

    SourceIngest(CaseStore store, IngestEngines engines, PrintWriter err, ConsoleJobContext context) {
        this.store = store;
        this.engines = engines;
        this.jobs = new CaseJobs(store);
        this.err = err;
        this.context = context;
    }

    Outcome run(Source source, IngestSettings settings) {
        if (source.kind() == SourceKind.IMAGE_GALLERY) {
            Outcome imported = runOrResume(source, GalleryImportJob.factory(), () -> new GalleryImportJob(source.id()),
                    GalleryImportJob.KIND, params -> params.contains("\"sourceId\":" + source.id() + ","));
            if (imported != Outcome.DONE && imported != Outcome.ALREADY_DONE) {
                return imported;
            }
            return runOrResume(source, GalleryEmbeddingJob.factory(engines),
                    () -> new GalleryEmbeddingJob(source.id(), settings.reidId(), engines), GalleryEmbeddingJob.KIND,
                    params -> GalleryEmbeddingJob.sourceIdOf(params) == source.id());
        }
        ResumableJobFactory factory = FootageIngestJob.factory(engines, context::ingestProgress);
        return runOrResume(source, factory, () -> factory.fromParams(new FootageIngestJob(source.id(), settings,
                engines, null).params()), FootageIngestJob.KIND, params -> FootageIngestJob.sourceIdOf(params) == source.id());
    }

    private Outcome runOrResume(Source source, ResumableJobFactory factory, java.util.function.Supplier<ResumableJob> fresh,
                                String kind, java.util.function.Predicate<String> ofSource) {
        Optional<CaseJob> latest = jobs.all().stream().filter(j -> j.kind().equals(kind))
                .filter(j -> ofSource.test(j.params())).findFirst();
        CaseJob job;
        if (latest.isPresent() && latest.get().state() == CaseJobState.SUCCEEDED) {
            err.println(source.path() + ": already done (" + kind + " job " + latest.get().id() + "); skipping");
            return Outcome.ALREADY_DONE;
        } else if (latest.isPresent() && latest.get().state() == CaseJobState.FAILED) {
            err.println(source.path() + ": an earlier " + kind + " job failed (" + latest.get().error()
                    + "); skipping it; remove the source from the case to try again");
            return Outcome.FAILED;
        } else if (latest.isPresent()) {
            job = latest.get();
            err.println(source.path() + ": resuming " + kind + " job " + job.id() + " after "
                    + job.done() + " of " + job.total() + " with its saved settings");
        } else {
            ResumableJob created = fresh.get();
            job = jobs.create(created.kind(), created.params());
        }
        return execute(job, factory.fromParams(job.params()));
    }

    private Outcome execute(CaseJob job, ResumableJob resumable) {
        try {
            ResumableJobs.asJob(store, job.id(), resumable).run(context);
            jobs.events(job.id()).stream().filter(e -> e.level() != org.sightline.core.cases.jobs.JobEvent.Level.INFO)
                    .forEach(e -> err.println(e.level() + ": " + e.message()));
            return Outcome.DONE;
        } catch (JobCancelledException cancelled) {
            err.println("Cancelled; what was done is saved. Run the same command again to resume.");
            return Outcome.CANCELLED;
        } catch (PartialIngestException partial) {
            err.println("ERROR: " + partial.getMessage());
            return Outcome.PARTIAL;
        } catch (Exception | Error failure) {
            err.println("ERROR: " + (failure.getMessage() != null ? failure.getMessage() : failure.toString()));
            return Outcome.FAILED;
        } finally {
            err.flush();
        }
    }
}
