package org.sightline.core.cases.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.JobEvent;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;

class GalleryImportJobTest {
    @TempDir
    Path temp;

    @Test
    void importsEveryImageAndWarnsAboutTheCorruptOne() throws Exception {
        Path gallery = TestGalleries.write(temp.resolve("gallery"), 30);
        Path corrupt = Files.write(gallery.resolve("cam1/zz_broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Files.writeString(gallery.resolve("notes.txt"), "not an image, not counted");
        try (CaseStore store = Cases.create(temp.resolve("case"), "gallery");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));

            CaseJob finished = jobs.start("Import", new GalleryImportJob(source.id(), 7)).result().get(30, TimeUnit.SECONDS);

            assertEquals(CaseJobState.SUCCEEDED, finished.state());
            assertEquals(31, finished.done());
            assertEquals(30, CaseImports.frameCount(store, source.id()));
            assertEquals(30, CaseImports.distinctFiles(store, source.id()));
            List<JobEvent> events = jobs.jobs().events(finished.id());
            assertEquals(1, events.size());
            assertEquals(JobEvent.Level.WARNING, events.getFirst().level());
            assertTrue(events.getFirst().message().contains(corrupt.toString()), events.getFirst().message());
            CaseImports.assertThumbnailsExist(store, source.id(), 30);
        }
    }

    @Test
    void cancelledImportResumesToExactlyAllImages() throws Exception {
        Path gallery = TestGalleries.write(temp.resolve("gallery"), 100);
        try (CaseStore store = Cases.create(temp.resolve("case"), "resume");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            CaseJobs caseJobs = new CaseJobs(store);
            GalleryImportJob job = new GalleryImportJob(source.id(), 10);
            CaseJob saved = caseJobs.create(job.kind(), job.params());

            assertThrows(JobCancelledException.class,
                    () -> ResumableJobs.asJob(store, saved.id(), job).run(new CancelAfterProgressReports(5)));

            CaseJob cancelled = caseJobs.require(saved.id());
            assertEquals(CaseJobState.CANCELLED, cancelled.state());
            assertEquals(30, cancelled.done(), "three whole batches of ten were committed before the cancel");
            assertEquals(30, CaseImports.frameCount(store, source.id()));
            assertEquals(List.of(cancelled), caseJobs.resumable());

            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            CaseJob resumed = jobs.resume("Import", saved.id()).result().get(30, TimeUnit.SECONDS);

            assertEquals(CaseJobState.SUCCEEDED, resumed.state());
            assertEquals(100, resumed.done());
            assertEquals(100, CaseImports.frameCount(store, source.id()));
            assertEquals(100, CaseImports.distinctFiles(store, source.id()));
            assertEquals(List.of(), caseJobs.resumable());
        }
    }

    @Test
    void cancelThroughTheRunnerKeepsCommittedBatches() throws Exception {
        Path gallery = TestGalleries.write(temp.resolve("gallery"), 60);
        try (CaseStore store = Cases.create(temp.resolve("case"), "cancel");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            AtomicInteger reports = new AtomicInteger();
            // The runner publishes progress at most every 50 ms, and the listener runs on the job's
            // thread: pausing in it makes every batch's report reach the listener, so the cancel
            // lands mid-import however fast the machine is (CI once finished all 60 before it).
            // The job is found by the status's id: the runner lists it from submit on, while the
            // handle start() returns may reach this test's thread only after the job ran a while.
            runner.addListener(status -> {
                if (status.state() != JobState.RUNNING) {
                    return;
                }
                if (status.done() >= 10 && reports.incrementAndGet() == 1) {
                    runner.jobs().stream().filter(job -> job.id() == status.id()).forEach(JobHandle::cancel);
                } else if (status.done() < 10) {
                    pause(60);
                }
            });
            JobHandle<CaseJob> handle = jobs.start("Import", new GalleryImportJob(source.id(), 5));
            ExecutionException outcome = assertThrows(ExecutionException.class,
                    () -> handle.result().get(30, TimeUnit.SECONDS));
            assertTrue(outcome.getCause() instanceof JobCancelledException, outcome.toString());
            CaseJob cancelled = jobs.jobs().all().getFirst();
            assertEquals(CaseJobState.CANCELLED, cancelled.state());
            assertTrue(cancelled.done() < 60 && cancelled.done() % 5 == 0, "done " + cancelled.done());
            assertEquals(cancelled.done(), CaseImports.frameCount(store, source.id()));
        }
    }

    @Test
    void missingGalleryFolderFailsTheJobWithAClearMessage() throws Exception {
        Path gallery = temp.resolve("unplugged drive/crops");
        try (CaseStore store = Cases.create(temp.resolve("case"), "missing");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            ExecutionException outcome = assertThrows(ExecutionException.class,
                    () -> jobs.start("Import", new GalleryImportJob(source.id())).result().get(30, TimeUnit.SECONDS));
            String message = outcome.getCause().getMessage();
            assertTrue(message.contains(gallery.toString()) && message.contains("does not exist"), message);
            CaseJob failed = jobs.jobs().all().getFirst();
            assertEquals(CaseJobState.FAILED, failed.state());
            assertEquals(message, failed.error());
        }
    }

    @Test
    void importsFiftyRealMarketCrops() throws Exception {
        String dataDir = System.getProperty("sightline.dataDir");
        Path images = dataDir == null ? null : Path.of(dataDir, "market-dev", "images");
        Assumptions.assumeTrue(images != null && Files.isDirectory(images),
                "real-data check skipped: no market-dev/images under sightline.dataDir (" + dataDir + ")");
        Path gallery = Files.createDirectories(temp.resolve("market50"));
        try (var files = Files.list(images)) {
            for (Path crop : files.filter(GalleryImages::isImage).sorted().limit(50).toList()) {
                Files.copy(crop, gallery.resolve(crop.getFileName()));
            }
        }
        try (CaseStore store = Cases.create(temp.resolve("case"), "market");
             JobRunner runner = new JobRunner(1)) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            CaseJob finished = jobs.start("Import", new GalleryImportJob(source.id())).result().get(60, TimeUnit.SECONDS);
            assertEquals(CaseJobState.SUCCEEDED, finished.state());
            assertEquals(50, CaseImports.frameCount(store, source.id()));
            assertEquals(List.of(), jobs.jobs().events(finished.id()));
            CaseImports.assertThumbnailsExist(store, source.id(), 50);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A job context that asks to cancel from the n-th progress report on: two come before the first
     * batch ("resuming", "importing"), then one after each committed batch.
     */
    private static final class CancelAfterProgressReports implements JobContext {
        private final int limit;
        private int reports;

        CancelAfterProgressReports(int limit) {
            this.limit = limit;
        }

        @Override
        public void progress(long done, long total, String message) {
            reports++;
        }

        @Override
        public boolean isCancelled() {
            return reports >= limit;
        }
    }
}
