package org.sightline.ui.viewer;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.sightline.ui.common.Icons;

/** The central area; frames with boxes and grids of person crops are layered into this stack. */
public final class ViewerView {
    private final StackPane root;

    public ViewerView(ViewerViewModel viewer) {
        Label message = new Label();
        message.setId("viewerEmptyMessage");
        message.getStyleClass().add("sl-empty-message");
        message.setWrapText(true);
        message.textProperty().bind(viewer.emptyMessageProperty());
        VBox emptyState = new VBox(Icons.of(MaterialDesignA.ACCOUNT_SEARCH_OUTLINE, "sl-empty-icon"), message);
        emptyState.getStyleClass().add("sl-empty-state");
        root = new StackPane(emptyState);
        root.setId("viewer");
        root.getStyleClass().add("sl-viewer");
    }

    public StackPane root() {
        return root;
    }
}
