package org.sightline.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.fakes.InMemoryCaseGateway;
import org.sightline.ui.fakes.InMemoryCaseStore;

/** Closing a case while a job of it ignores cancel for a while: the UI thread never waits for it. */
class CaseClosingTest {
    private static final Path FOLDER = Path.of("/cases/harbour");

    private final InMemoryCaseGateway gateway = new InMemoryCaseGateway();
    private final JobRunner runner = new JobRunner(2);
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final CaseViewModel cases = new CaseViewModel(gateway, runner, ui::execute);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean jobEnded = new AtomicBoolean();
    private final AtomicBoolean storeClosedWhileJobRan = new AtomicBoolean();

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
        ui.shutdownNow();
    }

    /** A job that writes into the store until released, ignoring cancel; closing stops it. */
    private void slowJobOf(InMemoryCaseStore store) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<Void> job = runner.submit("Slow ingest", context -> {
            started.countDown();
            release.await();  // released by the test or in stop(); a timeout here would end the job on a slow machine
            storeClosedWhileJobRan.set(store.isClosed());
            jobEnded.set(true);
            return null;
        });
        cases.onClosing(closing -> {
            job.cancel();
            return Stopping.of(1, "ingest", job.result());
        });
        // a job still queued would end at once when cancelled: the test is about one that is running
        assertTrue(started.await(30, TimeUnit.SECONDS), "the slow job did not start");
    }

    private <T> T onUi(java.util.concurrent.Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    private void awaitOpen(String name) throws Exception {
        awaitOnUi("case " + name + " to open", () -> name.equals(cases.caseNameProperty().get()));
    }

    /** Polls {@code condition} on the UI thread for up to 30 s. */
    private void awaitOnUi(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onUi(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; problems: " + onUi(() -> cases.problems()));
            }
            Thread.sleep(20);
        }
    }

    @Test
    void closingReturnsAtOnceAndTheStoreClosesOnlyAfterTheJobEnded() throws Exception {
        InMemoryCaseStore store = gateway.put(FOLDER, "Harbour");
        onUi(() -> {
            cases.openCase(FOLDER);
            return null;
        });
        awaitOpen("Harbour");
        slowJobOf(store);

        // The job runs until the test releases it: closeCase returning with the job still running shows
        // that the UI thread does not wait for it (no wall-clock bound, which a loaded machine can exceed).
        onUi(() -> {
            cases.closeCase();
            return null;
        });
        assertFalse(jobEnded.get(), "closeCase returned only after the job ended");
        assertFalse(onUi(() -> cases.openProperty().get()), "the case left the UI at once");
        assertEquals("Closing Harbour: stopping 1 ingest…", onUi(() -> cases.closingStatusProperty().get()));
        Thread.sleep(300);
        assertFalse(store.isClosed(), "not closed while the job may still write");
        assertTrue(cases.isClosing(FOLDER));

        onUi(() -> {
            cases.openCase(FOLDER);
            return null;
        });
        Thread.sleep(200);
        assertFalse(onUi(() -> cases.openProperty().get()), "re-opening waits for the close of the same folder");
        release.countDown();
        awaitOpen("Harbour");
        assertTrue(jobEnded.get());
        assertFalse(storeClosedWhileJobRan.get(), "the job ended before its store was closed");
        assertFalse(store.isClosed(), "re-opened after the close finished");
        // The re-open waits for the store's close, not for the UI task that reports the close: that one may
        // reach the UI thread just after the re-opened case did.
        awaitOnUi("the closing status to clear", () -> cases.closingStatusProperty().get().isEmpty());
        assertTrue(onUi(() -> cases.problems().isEmpty()), () -> cases.problems().toString());
    }

    @Test
    void aJobThatNeverStopsDelaysNeitherTheCloseForeverNorTheExit() throws Exception {
        InMemoryCaseStore store = gateway.put(FOLDER, "Harbour");
        cases.stopWaits(Duration.ofMillis(400), Duration.ofMillis(300));
        onUi(() -> {
            cases.openCase(FOLDER);
            return null;
        });
        awaitOpen("Harbour");
        slowJobOf(store);
        onUi(() -> {
            cases.closeCase();
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!store.isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(store.isClosed(), "closed after the bounded wait");
        assertFalse(jobEnded.get(), "closed while the job still ran, not after it");
        awaitOnUi("the problem to be reported", () -> !cases.problems().isEmpty());
        assertEquals("Case closed before its background work stopped", onUi(() -> cases.problems().getFirst().title()),
                "the user is told");

        InMemoryCaseStore other = gateway.put(Path.of("/cases/depot"), "Depot");
        onUi(() -> {
            cases.openCase(Path.of("/cases/depot"));
            return null;
        });
        awaitOpen("Depot");
        long took = onUi(() -> {
            long start = System.nanoTime();
            cases.close();
            return System.nanoTime() - start;
        });
        assertTrue(other.isClosed(), "exit closes the open case");
        assertFalse(jobEnded.get(), "exit did not wait for the job that never stops");
        // far above the 300 ms exit wait set above, far below the 10 s default it must not fall back to
        assertTrue(took < TimeUnit.SECONDS.toNanos(5), "exit took " + took / 1_000_000 + " ms");
    }
}
