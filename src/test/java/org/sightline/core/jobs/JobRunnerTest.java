package org.sightline.core.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobRunnerTest {
    private final JobRunner runner = new JobRunner(2);

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void publishesProgressAndResult() throws Exception {
        List<JobStatus> seen = new CopyOnWriteArrayList<>();
        runner.addListener(seen::add);
        JobHandle<Integer> handle = runner.submit("count", context -> {
            for (int i = 1; i <= 3; i++) {
                context.progress(i, 3, "step " + i);
            }
            return 42;
        });
        assertEquals(42, handle.result().get(5, TimeUnit.SECONDS));
        JobStatus last = handle.status();
        assertEquals(JobState.SUCCEEDED, last.state());
        assertEquals(3, last.done());
        assertEquals(1.0, last.fraction());
        assertTrue(seen.stream().anyMatch(s -> s.state() == JobState.RUNNING && s.done() == 3));
        assertEquals(JobState.SUCCEEDED, seen.getLast().state());
    }

    @Test
    void cancelStopsAJobBetweenUnits() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<Void> handle = runner.submit("endless", context -> {
            started.countDown();
            while (true) {
                context.throwIfCancelled();
                Thread.sleep(5);
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        handle.cancel();
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> handle.result().get(5, TimeUnit.SECONDS));
        assertInstanceOf(JobCancelledException.class, thrown.getCause());
        assertEquals(JobState.CANCELLED, handle.status().state());
    }

    @Test
    void failureIsRecordedWithItsMessage() {
        JobHandle<Void> handle = runner.submit("broken", context -> {
            throw new IllegalStateException("cannot read /cases/x/video.mp4 at frame 12");
        });
        assertThrows(ExecutionException.class, () -> handle.result().get(5, TimeUnit.SECONDS));
        assertEquals(JobState.FAILED, handle.status().state());
        assertEquals("cannot read /cases/x/video.mp4 at frame 12", handle.status().error());
    }

    @Test
    void remainingTimeIsExtrapolatedFromTheRate() {
        JobStatus halfway = new JobStatus(1, "t", JobState.RUNNING, 50, 100, "", java.time.Duration.ofSeconds(10), null);
        assertEquals(java.time.Duration.ofSeconds(10), halfway.remaining().orElseThrow());
        JobStatus unknown = new JobStatus(1, "t", JobState.RUNNING, 5, -1, "", java.time.Duration.ofSeconds(10), null);
        assertTrue(unknown.remaining().isEmpty());
        assertEquals(-1, unknown.fraction());
    }
}
