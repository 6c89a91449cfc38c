package org.sightline.ui.jobs;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sightline.ui.common.Icons;

/** Bottom panel listing background jobs; hidden and shown with Ctrl+J. */
public final class JobsPanelView {
    private final VBox root;

    public JobsPanelView(JobsViewModel jobs) {
        Label caption = new Label("BACKGROUND WORK", Icons.of(MaterialDesignP.PROGRESS_CLOCK));
        caption.getStyleClass().add("sl-caption");
        Label active = new Label();
        active.setId("jobsActiveCount");
        active.getStyleClass().add("sl-muted");
        active.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = jobs.activeCountProperty().get();
            return count == 0 ? "idle" : count == 1 ? "1 running" : count + " running";
        }, jobs.activeCountProperty()));
        Button clear = new Button("Clear finished", Icons.of(MaterialDesignB.BROOM));
        clear.getStyleClass().add("sl-flat-button");
        clear.setOnAction(event -> jobs.clearFinished());
        Button hide = new Button(null, Icons.of(MaterialDesignC.CHEVRON_DOWN));
        hide.getStyleClass().add("sl-icon-button");
        hide.setTooltip(new Tooltip("Hide background work (Ctrl+J)"));
        hide.setOnAction(event -> jobs.togglePanel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, active, spacer, clear, hide);
        header.getStyleClass().add("sl-section-header");

        ListView<JobItemViewModel> list = new ListView<>(jobs.jobs());
        list.setId("jobsList");
        list.getStyleClass().add("sl-jobs-list");
        list.setCellFactory(view -> new JobRowCell());
        Label empty = new Label("No background work");
        empty.setId("jobsEmptyMessage");
        empty.getStyleClass().add("sl-placeholder");
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        root = new VBox(header, list);
        root.setId("jobsPanel");
        root.getStyleClass().add("sl-jobs-panel");
        root.visibleProperty().bind(jobs.panelVisibleProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public VBox root() {
        return root;
    }
}
