package org.sightline.ui.cases;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.sightline.ui.common.Icons;

/** A recently opened case folder; a click opens it. */
final class RecentCaseCell extends ListCell<Path> {

    RecentCaseCell(Consumer<Path> open) {
        setPrefWidth(0);
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Path folder, boolean empty) {
        super.updateItem(folder, empty);
        if (empty || folder == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
        name.getStyleClass().add("sl-source-label");
        Label parent = new Label(folder.getParent() == null ? "" : folder.getParent().toString());
        parent.getStyleClass().add("sl-muted");
        parent.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        HBox row = new HBox(Icons.of(MaterialDesignB.BRIEFCASE_OUTLINE, "sl-source-icon"), new VBox(name, parent));
        row.getStyleClass().add("sl-source-row");
        setText(null);
        setGraphic(row);
    }
}
