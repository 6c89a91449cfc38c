package org.sightline.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.sightline.ui.annotation.AnnotationKeys;
import org.sightline.ui.common.Theme;

/** Help menu dialogs: the keyboard-shortcut table and About. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    static void showShortcuts(Window owner) {
        GridPane table = new GridPane();
        table.getStyleClass().add("sl-shortcut-table");
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            Label keys = new Label(shortcut.keysText());
            keys.getStyleClass().add("sl-key");
            table.addRow(row++, keys, new Label(shortcut.action()));
        }
        Label annotation = new Label("In annotation mode (" + Shortcuts.ANNOTATE.keysText() + ")");
        annotation.getStyleClass().add("sl-caption");
        table.add(annotation, 0, row++, 2, 1);
        for (AnnotationKeys.Binding binding : AnnotationKeys.BINDINGS) {
            Label keys = new Label(binding.keysText());
            keys.getStyleClass().add("sl-key");
            table.addRow(row++, keys, new Label(binding.action()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.show();
    }

    static void showAbout(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Sightline");
        alert.setHeaderText("Sightline " + (version == null ? "(development build)" : version));
        alert.setContentText("Find people in footage: detection, re-identification, pedestrian attributes and "
                + "description search. Runs offline; your cases stay on this computer.");
        ImageView icon = new ImageView(Theme.appIcon());
        icon.setFitWidth(64);
        icon.setFitHeight(64);
        alert.setGraphic(icon);
        alert.show();
    }
}
