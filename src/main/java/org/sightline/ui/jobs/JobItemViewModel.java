package org.sightline.ui.jobs;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sightline.core.jobs.JobState;
import org.sightline.core.jobs.JobStatus;

/** One background job as the jobs panel shows it; updated from {@link JobStatus} snapshots. */
public final class JobItemViewModel {
    /** Same value as ProgressIndicator.INDETERMINATE_PROGRESS, without importing controls. */
    public static final double INDETERMINATE = -1;

    private final long id;
    private final Runnable canceller;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private boolean cancelRequested;

    public JobItemViewModel(JobStatus initial, Runnable canceller) {
        this.id = initial.id();
        this.canceller = canceller;
        update(initial);
    }

    public void update(JobStatus status) {
        if (state.get() != null && state.get().isFinished() && !status.state().isFinished()) {
            return;
        }
        title.set(status.title());
        state.set(status.state());
        boolean finished = status.state().isFinished();
        progress.set(status.state() == JobState.SUCCEEDED ? 1.0 : finished ? 0 : status.fraction());
        message.set(status.error() != null ? status.error() : status.message());
        timing.set(timingOf(status));
        cancellable.set(!finished && !cancelRequested);
        stateText.set(stateTextOf(status.state()));
    }

    /** Asks the job to stop; it is marked cancelled once the job itself acknowledges. */
    public void cancel() {
        if (!cancellable.get()) {
            return;
        }
        cancelRequested = true;
        cancellable.set(false);
        stateText.set("Cancelling…");
        canceller.run();
    }

    private String stateTextOf(JobState jobState) {
        return switch (jobState) {
            case QUEUED -> cancelRequested ? "Cancelling…" : "Queued";
            case RUNNING -> cancelRequested ? "Cancelling…" : "Running";
            case SUCCEEDED -> "Done";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
    }

    private static String timingOf(JobStatus status) {
        if (status.state() == JobState.QUEUED) {
            return "";
        }
        String elapsed = DurationText.of(status.elapsed()) + " elapsed";
        return status.remaining()
                .filter(left -> status.state() == JobState.RUNNING)
                .map(left -> elapsed + " · about " + DurationText.of(left) + " left")
                .orElse(elapsed);
    }

    public long id() {
        return id;
    }

    public boolean isFinished() {
        return state.get().isFinished();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Fraction in [0, 1], or {@link #INDETERMINATE} while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timingProperty() {
        return timing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
