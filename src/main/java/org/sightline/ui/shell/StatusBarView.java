package org.sightline.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sightline.ui.common.Icons;

/** Bottom line: last status message, running-job count (click toggles the panel), compute device. */
final class StatusBarView {
    private final HBox root;

    StatusBarView(ShellViewModel shell) {
        Label status = new Label();
        status.setId("statusMessage");
        status.textProperty().bind(shell.statusMessageProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        Label jobs = new Label(null, Icons.of(MaterialDesignP.PROGRESS_CLOCK));
        jobs.getStyleClass().add("sl-status-link");
        jobs.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = shell.jobs().activeCountProperty().get();
            return count == 0 ? "No jobs running" : count == 1 ? "1 job running" : count + " jobs running";
        }, shell.jobs().activeCountProperty()));
        jobs.setOnMouseClicked(event -> shell.jobs().togglePanel());

        Label device = new Label(null, Icons.of(MaterialDesignC.CHIP));
        device.setId("deviceLabel");
        device.textProperty().bind(shell.deviceTextProperty());

        root = new HBox(status, jobs, new Separator(Orientation.VERTICAL), device);
        root.setId("statusBar");
        root.getStyleClass().add("sl-status-bar");
    }

    HBox root() {
        return root;
    }
}
