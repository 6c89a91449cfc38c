package org.sightline.ui.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.jobs.JobStatus;

/** The background jobs, newest last. Must be touched on the UI thread only. */
public final class JobsViewModel {
    private final LongConsumer canceller;
    private final ObservableList<JobItemViewModel> jobs = FXCollections.observableArrayList();
    private final ObservableList<JobItemViewModel> readOnlyJobs = FXCollections.unmodifiableObservableList(jobs);
    private final Map<Long, JobItemViewModel> byId = new HashMap<>();
    private final ReadOnlyIntegerWrapper activeCount = new ReadOnlyIntegerWrapper();
    private final BooleanProperty panelVisible = new SimpleBooleanProperty(true);

    /** @param canceller asks the job with the given id to stop */
    public JobsViewModel(LongConsumer canceller) {
        this.canceller = canceller;
    }

    public void apply(JobStatus status) {
        JobItemViewModel item = byId.get(status.id());
        if (item == null) {
            item = new JobItemViewModel(status, () -> canceller.accept(status.id()));
            byId.put(status.id(), item);
            jobs.add(insertionIndex(status.id()), item);
        } else {
            item.update(status);
        }
        activeCount.set((int) jobs.stream().filter(job -> !job.isFinished()).count());
    }

    /** Keeps the list in submission order even when snapshots of new jobs arrive together. */
    private int insertionIndex(long id) {
        int index = jobs.size();
        while (index > 0 && jobs.get(index - 1).id() > id) {
            index--;
        }
        return index;
    }

    public void clearFinished() {
        jobs.removeIf(JobItemViewModel::isFinished);
        byId.values().removeIf(JobItemViewModel::isFinished);
    }

    public void togglePanel() {
        panelVisible.set(!panelVisible.get());
    }

    public ObservableList<JobItemViewModel> jobs() {
        return readOnlyJobs;
    }

    public ReadOnlyIntegerProperty activeCountProperty() {
        return activeCount.getReadOnlyProperty();
    }

    public BooleanProperty panelVisibleProperty() {
        return panelVisible;
    }
}
