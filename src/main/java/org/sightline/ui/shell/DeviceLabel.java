package org.sightline.ui.shell;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.sightline.core.jobs.JobRunner;

import java.util.function.Supplier;

/**
 * The status bar's compute-device text. Finding the device starts an inference engine, which can
 * take seconds, so it runs as a background job and the label says so meanwhile.
 */
public final class DeviceLabel {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("detecting…");
    private final Supplier<String> detector;

    public DeviceLabel(Supplier<String> detector) {
        this.detector = detector;
    }

    public ObservableStringValue text() {
        return text.getReadOnlyProperty();
    }

    /** Starts detection; call once the toolkit runs. */
    public void detectOn(JobRunner jobs) {
        jobs.submit("Detecting compute device", context -> {
            String found = detector.get();
            Platform.runLater(() -> text.set(found));
            return found;
        });
    }
}
