package org.sightline.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;

class FxJobsAdapterTest {
    private final JobRunner runner = new JobRunner(1);
    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final JobsViewModel jobs = new JobsViewModel(FxJobsAdapter.cancellerFor(runner));
    private final FxJobsAdapter adapter = new FxJobsAdapter(runner, jobs, uiQueue::add);

    @AfterEach
    void stop() {
        adapter.close();
        runner.close();
    }

    private void drainUi() {
        Runnable task;
        while ((task = uiQueue.poll()) != null) {
            task.run();
        }
    }

    @Test
    void burstsOfSnapshotsAreCoalescedIntoOneUiTask() throws Exception {
        adapter.start();
        // Listeners run in the order added, on the job's thread: once this one saw the last report, the
        // adapter has taken it too (the handle's status is set before any listener runs, so it is no signal).
        CountDownLatch lastReportSeen = new CountDownLatch(1);
        runner.addListener(status -> {
            if (status.state() == JobState.RUNNING && status.done() == 1000) {
                lastReportSeen.countDown();
            }
        });
        CountDownLatch release = new CountDownLatch(1);
        JobHandle<Void> handle = runner.submit("Burst", context -> {
            for (int i = 1; i <= 1000; i++) {
                context.progress(i, 1000, "step " + i);
            }
            release.await();
            return null;
        });
        assertTrue(lastReportSeen.await(30, TimeUnit.SECONDS), "the job's last progress report was not published");

        assertEquals(1, uiQueue.size(), "one pending UI task however many snapshots arrived");
        drainUi();
        assertEquals(1.0, jobs.jobs().getFirst().progressProperty().get(), 1e-9);

        release.countDown();
        handle.result().get(30, TimeUnit.SECONDS);  // the final snapshot reached the adapter before the result completed
        drainUi();
        assertEquals(JobState.SUCCEEDED, jobs.jobs().getFirst().stateProperty().get());
    }

    @Test
    void cancelFromTheViewModelStopsTheRunnersJob() throws Exception {
        adapter.start();
        JobHandle<Void> handle = runner.submit("Endless", context -> {
            while (true) {
                context.throwIfCancelled();
                Thread.sleep(2);
            }
        });
        drainUi();

        jobs.jobs().getFirst().cancel();

        assertTrue(handle.result().handle((value, failure) -> failure).get(30, TimeUnit.SECONDS) != null);
        assertEquals(JobState.CANCELLED, handle.status().state());
        drainUi();  // the runner published the cancelled snapshot before it completed the result
        assertEquals("Cancelled", jobs.jobs().getFirst().stateTextProperty().get());
    }

    @Test
    void startShowsJobsSubmittedBeforeTheUiExisted() throws Exception {
        JobHandle<String> earlier = runner.submit("Earlier", context -> "ok");
        earlier.result().get(30, TimeUnit.SECONDS);

        adapter.start();
        drainUi();

        assertEquals("Earlier", jobs.jobs().getFirst().titleProperty().get());
        assertEquals(JobState.SUCCEEDED, jobs.jobs().getFirst().stateProperty().get());
    }
}
