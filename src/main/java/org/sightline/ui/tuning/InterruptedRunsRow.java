package org.sightline.ui.tuning;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** The dialog's row of the case's interrupted tuning runs with "Resume"; shown only when there are some. */
final class InterruptedRunsRow {
    private InterruptedRunsRow() {
    }

    static HBox of(TuningViewModel model) {
        ComboBox<InterruptedTuning> runs = new ComboBox<>();
        runs.setId("interruptedRuns");
        Bindings.bindContent(runs.getItems(), model.interruptedRuns());
        runs.setCellFactory(list -> new LabelCell());
        runs.setButtonCell(new LabelCell());
        model.interruptedRuns().addListener((javafx.collections.ListChangeListener<InterruptedTuning>) change -> {
            if (runs.getValue() == null || !runs.getItems().contains(runs.getValue())) {
                runs.setValue(runs.getItems().isEmpty() ? null : runs.getItems().getLast());
            }
        });
        if (!runs.getItems().isEmpty()) {
            runs.setValue(runs.getItems().getLast());
        }
        Button resume = new Button("Resume");
        resume.setId("resumeTuning");
        resume.disableProperty().bind(model.runningProperty().or(runs.valueProperty().isNull()));
        resume.setOnAction(e -> model.resume(runs.getValue()));
        HBox row = new HBox(8, new Label("Interrupted run of this case"), runs, resume);
        row.visibleProperty().bind(Bindings.isNotEmpty(model.interruptedRuns()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static final class LabelCell extends ListCell<InterruptedTuning> {
        @Override
        protected void updateItem(InterruptedTuning run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : run.label());
        }
    }
}
