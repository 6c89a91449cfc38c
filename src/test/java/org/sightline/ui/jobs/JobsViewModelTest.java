package org.sightline.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.JobState;
import org.sightline.core.jobs.JobStatus;

class JobsViewModelTest {
    private final List<Long> cancelled = new ArrayList<>();
    private final JobsViewModel jobs = new JobsViewModel(cancelled::add);

    private static JobStatus status(long id, JobState state, long done, long total, Duration elapsed) {
        return new JobStatus(id, "Job " + id, state, done, total, "msg " + done, elapsed, null);
    }

    @Test
    void snapshotsCreateThenUpdateOneRowPerJob() {
        jobs.apply(status(1, JobState.QUEUED, 0, -1, Duration.ZERO));
        jobs.apply(status(1, JobState.RUNNING, 25, 100, Duration.ofSeconds(10)));

        assertEquals(1, jobs.jobs().size());
        JobItemViewModel item = jobs.jobs().getFirst();
        assertEquals(0.25, item.progressProperty().get(), 1e-9);
        assertEquals("Running", item.stateTextProperty().get());
        assertEquals("msg 25", item.messageProperty().get());
        assertEquals("0:10 elapsed · about 0:30 left", item.timingProperty().get());
        assertEquals(1, jobs.activeCountProperty().get());
    }

    @Test
    void unknownTotalIsIndeterminate() {
        jobs.apply(status(1, JobState.RUNNING, 3, -1, Duration.ofSeconds(2)));

        assertEquals(JobItemViewModel.INDETERMINATE, jobs.jobs().getFirst().progressProperty().get());
        assertEquals("0:02 elapsed", jobs.jobs().getFirst().timingProperty().get());
    }

    @Test
    void cancelAsksOnceAndWaitsForTheJobToAcknowledge() {
        jobs.apply(status(7, JobState.RUNNING, 1, 10, Duration.ofSeconds(1)));
        JobItemViewModel item = jobs.jobs().getFirst();

        item.cancel();
        item.cancel();

        assertEquals(List.of(7L), cancelled);
        assertEquals("Cancelling…", item.stateTextProperty().get());
        assertFalse(item.cancellableProperty().get());
        jobs.apply(status(7, JobState.CANCELLED, 2, 10, Duration.ofSeconds(2)));
        assertEquals("Cancelled", item.stateTextProperty().get());
        assertEquals(0, jobs.activeCountProperty().get());
    }

    @Test
    void finishedJobIsNotRevivedByALateSnapshot() {
        jobs.apply(status(1, JobState.SUCCEEDED, 10, 10, Duration.ofSeconds(3)));
        jobs.apply(status(1, JobState.RUNNING, 9, 10, Duration.ofSeconds(2)));

        assertEquals(JobState.SUCCEEDED, jobs.jobs().getFirst().stateProperty().get());
        assertEquals(1.0, jobs.jobs().getFirst().progressProperty().get());
    }

    @Test
    void failureShowsTheErrorAndRowsStayInSubmissionOrder() {
        jobs.apply(status(2, JobState.RUNNING, 0, 5, Duration.ZERO));
        jobs.apply(status(1, JobState.RUNNING, 0, 5, Duration.ZERO));
        jobs.apply(new JobStatus(2, "Job 2", JobState.FAILED, 0, 5, "failed", Duration.ofSeconds(1),
                "Cannot decode /footage/cam1.mp4 at frame 12"));

        assertEquals(List.of(1L, 2L), jobs.jobs().stream().map(JobItemViewModel::id).toList());
        assertEquals("Cannot decode /footage/cam1.mp4 at frame 12", jobs.jobs().get(1).messageProperty().get());
        assertEquals("Failed", jobs.jobs().get(1).stateTextProperty().get());
    }

    @Test
    void clearFinishedKeepsRunningJobs() {
        jobs.apply(status(1, JobState.SUCCEEDED, 1, 1, Duration.ZERO));
        jobs.apply(status(2, JobState.RUNNING, 0, 1, Duration.ZERO));

        jobs.clearFinished();

        assertEquals(List.of(2L), jobs.jobs().stream().map(JobItemViewModel::id).toList());
        assertTrue(jobs.panelVisibleProperty().get());
        jobs.togglePanel();
        assertFalse(jobs.panelVisibleProperty().get());
    }

    @Test
    void longDurationsShowHours() {
        assertEquals("1:02:03", DurationText.of(Duration.ofSeconds(3723)));
        assertEquals("0:00", DurationText.of(Duration.ofMillis(-5)));
    }
}
