package org.sightline.core.cases.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sightline.core.cases.jobs.CommittedJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobRunner;

/**
 * Kills (SIGKILL) a process in the middle of a gallery import, then checks that the case is
 * intact, holds exactly what the saved checkpoint says, and that resuming completes the import.
 */
class GalleryImportCrashTest {
    private static final int IMAGES = 1500;
    private static final int BATCH = 25;
    private static final int KILL_AFTER_DONE = 8 * BATCH;

    @TempDir
    Path temp;

    @Test
    void importKilledMidwayIsConsistentAndResumesToExactlyAllImages() throws Exception {
        Path gallery = TestGalleries.write(temp.resolve("gallery"), IMAGES);
        Path caseFolder = temp.resolve("case");
        Path childLog = temp.resolve("child.log");
        Process child = startChild(caseFolder, gallery, childLog);
        long committedWhenKilled;
        try {
            committedWhenKilled = waitForCommittedWork(child, caseFolder, childLog);
        } finally {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(!Files.readString(childLog).contains("finished without being killed"),
                "the child finished before it was killed; it should have held at half the images");

        try (CaseStore store = Cases.open(caseFolder);
             JobRunner runner = new JobRunner(1)) {
            assertEquals("ok", store.integrityCheck());
            ResumableJobs jobs = new ResumableJobs(store, runner, List.of(GalleryImportJob.factory()));
            CaseJob interrupted = jobs.jobs().all().getFirst();
            Source source = store.sources().getFirst();
            assertEquals(CaseJobState.INTERRUPTED, interrupted.state());
            assertTrue(interrupted.done() >= committedWhenKilled && interrupted.done() < IMAGES,
                    "checkpoint " + interrupted.done() + " after seeing " + committedWhenKilled + " committed");
            assertEquals(0, interrupted.done() % BATCH, "checkpoints are whole batches");
            assertEquals(interrupted.done(), CaseImports.frameCount(store, source.id()),
                    "committed frames match the saved checkpoint");
            assertEquals(List.of(interrupted), jobs.jobs().resumable());

            CaseJob resumed = jobs.resume("Import", interrupted.id()).result().get(60, TimeUnit.SECONDS);

            assertEquals(CaseJobState.SUCCEEDED, resumed.state());
            assertEquals(IMAGES, resumed.done());
            assertEquals(IMAGES, CaseImports.frameCount(store, source.id()));
            assertEquals(IMAGES, CaseImports.distinctFiles(store, source.id()));
            CaseImports.assertThumbnailsExist(store, source.id(), IMAGES);
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static Process startChild(Path caseFolder, Path gallery, Path log) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), GalleryImportChild.class.getName(),
                caseFolder.toString(), gallery.toString(), Integer.toString(BATCH), "40", Integer.toString(IMAGES / 2))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Polls the child's case through a read-only connection until a few batches are committed. */
    private static long waitForCommittedWork(Process child, Path caseFolder, Path log) throws Exception {
        Path database = Cases.databaseFile(caseFolder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("child exited early (" + child.exitValue() + "): " + Files.readString(log));
            }
            if (Files.exists(database)) {
                long done = CommittedJobs.maxDone(database);
                if (done >= KILL_AFTER_DONE) {
                    return done;
                }
            }
            Thread.sleep(10);
        }
        return fail("no batches committed within 30 s: " + Files.readString(log));
    }
}
