package org.sightline.ui.jobs;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.sightline.core.jobs.JobState;
import org.sightline.ui.common.Icons;

/** One job row: title and state, message, progress bar, elapsed/remaining time, cancel button. */
final class JobRowCell extends ListCell<JobItemViewModel> {
    private static final String[] STATE_CLASSES = {"sl-job-queued", "sl-job-running", "sl-job-succeeded",
            "sl-job-failed", "sl-job-cancelled"};

    private final Label title = new Label();
    private final Label state = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label timing = new Label();
    private final Button cancel = new Button(null, Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
    private final HBox row;
    private final ChangeListener<JobState> stateListener = (obs, old, now) -> styleFor(now);
    private JobItemViewModel bound;

    JobRowCell() {
        title.getStyleClass().add("sl-job-title");
        state.getStyleClass().add("sl-job-state");
        message.getStyleClass().add("sl-muted");
        timing.getStyleClass().addAll("sl-muted", "sl-job-timing");
        progress.getStyleClass().add("sl-job-progress");
        cancel.getStyleClass().add("sl-icon-button");
        cancel.getStyleClass().add("sl-job-cancel");
        cancel.setTooltip(new Tooltip("Cancel this job"));
        cancel.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cancel.setOnAction(event -> {
            if (bound != null) {
                bound.cancel();
            }
        });
        HBox heading = new HBox(title, state);
        heading.getStyleClass().add("sl-job-heading");
        VBox text = new VBox(heading, message);
        text.getStyleClass().add("sl-job-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(text, progress, timing, cancel);
        row.getStyleClass().add("sl-job-row");
    }

    @Override
    protected void updateItem(JobItemViewModel job, boolean empty) {
        super.updateItem(job, empty);
        unbind();
        if (empty || job == null) {
            setGraphic(null);
            return;
        }
        bound = job;
        title.textProperty().bind(job.titleProperty());
        state.textProperty().bind(job.stateTextProperty());
        message.textProperty().bind(job.messageProperty());
        progress.progressProperty().bind(job.progressProperty());
        timing.textProperty().bind(job.timingProperty());
        cancel.visibleProperty().bind(job.cancellableProperty());
        job.stateProperty().addListener(stateListener);
        styleFor(job.stateProperty().get());
        setText(null);
        setGraphic(row);
    }

    private void styleFor(JobState jobState) {
        row.getStyleClass().removeAll(STATE_CLASSES);
        row.getStyleClass().add(STATE_CLASSES[jobState.ordinal()]);
    }

    private void unbind() {
        if (bound == null) {
            return;
        }
        bound.stateProperty().removeListener(stateListener);
        title.textProperty().unbind();
        state.textProperty().unbind();
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        timing.textProperty().unbind();
        cancel.visibleProperty().unbind();
        bound = null;
    }
}
