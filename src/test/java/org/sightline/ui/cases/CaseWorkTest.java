package org.sightline.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;
import org.sightline.ui.fakes.InMemoryCaseStore;

/** A feature's jobs by case: stopping one case cancels its jobs only, says what they were, and waits for them. */
class CaseWorkTest {
    private final JobRunner runner = new JobRunner(1);
    private final CaseWork work = new CaseWork();
    private final InMemoryCaseStore harbour = new InMemoryCaseStore(Path.of("/cases/harbour"), "Harbour");
    private final InMemoryCaseStore depot = new InMemoryCaseStore(Path.of("/cases/depot"), "Depot");
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        runner.close();
    }

    @Test
    void stoppingACaseCancelsItsRunningAndWaitingJobsAndCompletesOnlyWhenTheyEnded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<Boolean> running = work.submit(runner, harbour, "tuning run", "Tuning", context -> {
            started.countDown();
            release.await(20, TimeUnit.SECONDS);
            return context.isCancelled();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        AtomicBoolean waitingRan = new AtomicBoolean();
        JobHandle<Void> waiting = work.submit(runner, harbour, "tuning run", "Tuning again", context -> {
            waitingRan.set(true);
            return null;
        });
        JobHandle<Void> lookup = work.submit(runner, harbour, "", "Reading", context -> null);
        JobHandle<Void> otherCase = work.submit(runner, depot, "identity edit", "Merging", context -> null);

        Stopping stopping = work.stop(harbour);
        assertEquals("2 tuning runs", stopping.what(), "quiet reads are waited for but not named");
        CompletableFuture<?> stopped = stopping.stopped().toCompletableFuture();
        assertFalse(stopped.isDone(), "not done while the running job has not ended");

        release.countDown();
        stopped.get(10, TimeUnit.SECONDS);
        assertTrue(running.result().isDone() && waiting.result().isDone() && lookup.result().isDone());
        assertTrue(running.result().get(), "the running job was asked to stop");
        assertEquals(JobState.CANCELLED, waiting.status().state());
        assertFalse(waitingRan.get(), "a waiting job never runs");
        otherCase.result().get(10, TimeUnit.SECONDS);
        assertEquals(JobState.SUCCEEDED, otherCase.status().state(), "another case's job is left alone");
    }

    @Test
    void aJobSubmittedForAStoppedCaseNeverRuns() throws Exception {
        assertEquals("", work.stop(harbour).what());
        AtomicBoolean ran = new AtomicBoolean();
        JobHandle<Void> late = work.submit(runner, harbour, "label import", "Importing", context -> {
            ran.set(true);
            return null;
        });
        late.result().handle((value, failure) -> null).get(10, TimeUnit.SECONDS);
        assertEquals(JobState.CANCELLED, late.status().state());
        assertFalse(ran.get());
        assertTrue(work.isStopped(harbour));
        assertFalse(work.isStopped(depot));
    }
}
