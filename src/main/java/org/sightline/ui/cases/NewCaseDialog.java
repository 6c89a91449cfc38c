package org.sightline.ui.cases;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.sightline.ui.common.Icons;

/** Asks for a case name and the folder to create it in; answers the new case's folder and name. */
final class NewCaseDialog {
    record Request(Path folder, String name) {
    }

    private NewCaseDialog() {
    }

    static Optional<Request> ask(Window owner, Path defaultLocation) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New case");
        dialog.setHeaderText("Create a case: a folder that holds its sources, detections and notes.");
        dialog.setGraphic(Icons.of(MaterialDesignF.FOLDER_PLUS, "sl-dialog-icon"));
        TextField name = new TextField();
        name.setId("newCaseName");
        name.setPromptText("e.g. Station robbery 2024-05-14");
        TextField location = new TextField(defaultLocation.toString());
        location.setId("newCaseLocation");
        Button browse = new Button("Browse…", Icons.of(MaterialDesignF.FOLDER_OPEN));
        browse.setOnAction(event -> chooseLocation(owner, location));
        Label preview = new Label();
        preview.getStyleClass().add("sl-muted");
        preview.textProperty().bind(Bindings.createStringBinding(() -> name.getText().isBlank() ? ""
                : "Will create " + CaseFolderNames.caseFolder(Path.of(location.getText()), name.getText()),
                name.textProperty(), location.textProperty()));

        GridPane form = new GridPane();
        form.getStyleClass().add("sl-form");
        form.addRow(0, new Label("Case name"), name);
        form.addRow(1, new Label("Location"), location, browse);
        form.add(preview, 1, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        BooleanBinding invalid = Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || !Files.isDirectory(Path.of(location.getText().strip())),
                name.textProperty(), location.textProperty());
        ok.disableProperty().bind(invalid);
        dialog.setOnShown(event -> name.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Request(CaseFolderNames.caseFolder(Path.of(location.getText().strip()), name.getText()),
                        name.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    private static void chooseLocation(Window owner, TextField location) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Where to create the case folder");
        File current = new File(location.getText());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File chosen = chooser.showDialog(owner);
        if (chosen != null) {
            location.setText(chosen.getAbsolutePath());
        }
    }
}
