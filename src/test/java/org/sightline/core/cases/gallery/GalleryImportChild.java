package org.sightline.core.cases.gallery;

import java.nio.file.Path;
import java.util.List;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.SqlWork;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobRunner;

/**
 * Child process of {@link GalleryImportCrashTest}: creates a case, imports a gallery into it, and
 * waits to be killed. A pause after each committed batch keeps the import running long enough
 * for the parent to kill it part-way; the import itself is the real one. Once {@code hold at} images
 * are committed it stops and waits, so a parent slowed down by a loaded machine still finds it
 * part-way rather than finished.
 * Arguments: case folder, gallery folder, batch size, pause per batch in ms, hold at (images done).
 */
public final class GalleryImportChild {

    private GalleryImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path caseFolder = Path.of(args[0]);
        Path gallery = Path.of(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        long pauseMillis = Long.parseLong(args[3]);
        long holdAt = Long.parseLong(args[4]);
        try (CaseStore store = Cases.create(caseFolder, "crash test");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            ResumableJob job = new Paced(new GalleryImportJob(source.id(), batchSize), pauseMillis, holdAt);
            jobs.start("Import", job).result().get();
            System.out.println("finished without being killed");
        }
    }

    private record Paced(ResumableJob job, long pauseMillis, long holdAt) implements ResumableJob {
        @Override
        public String kind() {
            return job.kind();
        }

        @Override
        public String params() {
            return job.params();
        }

        @Override
        public void run(ResumableJobContext context, String resumeCursor) throws Exception {
            job.run(new PacedContext(context, pauseMillis, holdAt), resumeCursor);
        }
    }

    private record PacedContext(ResumableJobContext delegate, long pauseMillis, long holdAt) implements ResumableJobContext {
        @Override
        public void commit(Checkpoint checkpoint, List<String> warnings, SqlWork<?> writes) {
            delegate.commit(checkpoint, warnings, writes);
            try {
                Thread.sleep(checkpoint.done() >= holdAt ? 600_000 : pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public long jobId() {
            return delegate.jobId();
        }

        @Override
        public org.sightline.core.cases.CaseStore store() {
            return delegate.store();
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
