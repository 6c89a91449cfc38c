package org.sightline.ui.find;

import java.io.File;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.sightline.ui.common.Icons;

/** "Find this person" results, best first; click one to see it in the viewer and inspector. */
public final class FindView {
    private final VBox root;

    public FindView(FindViewModel find) {
        ListView<FindViewModel.Match> matches = new ListView<>(find.matches());
        matches.setId("findMatches");
        matches.setOrientation(Orientation.HORIZONTAL);
        matches.getStyleClass().add("sl-identity-gallery");
        matches.setCellFactory(list -> new MatchCard());
        Label empty = new Label(FindViewModel.NOTHING);
        empty.getStyleClass().add("sl-placeholder");
        matches.setPlaceholder(empty);
        VBox.setVgrow(matches, Priority.ALWAYS);
        matches.getSelectionModel().selectedItemProperty().addListener((obs, old, match) -> {
            if (match != null) {
                find.open(match);
            }
        });
        matches.setOnKeyPressed(event -> {
            FindViewModel.Match match = matches.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && match != null) {
                find.open(match);
            }
        });
        find.matches().addListener((javafx.collections.ListChangeListener<FindViewModel.Match>) change ->
                matches.getSelectionModel().clearSelection());

        Label caption = new Label("MATCHES");
        caption.getStyleClass().add("sl-caption");
        Label title = new Label();
        title.setId("findTitle");
        title.getStyleClass().add("sl-muted");
        title.textProperty().bind(find.titleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(find.busyProperty());
        Button fromPicture = new Button("Find from picture…", Icons.of(MaterialDesignI.IMAGE_SEARCH_OUTLINE));
        fromPicture.setId("findFromPictureButton");
        fromPicture.getStyleClass().add("sl-flat-button");
        fromPicture.setTooltip(new Tooltip("Rank everyone in the case by how much they look like the person in a picture"));
        fromPicture.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Picture of the person to find");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Pictures", "*.jpg", "*.jpeg",
                    "*.png", "*.bmp", "*.JPG", "*.JPEG", "*.PNG", "*.BMP"), new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(fromPicture.getScene() == null ? null : fromPicture.getScene().getWindow());
            if (chosen != null) {
                find.findLike(chosen.toPath());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, title, busy, spacer, fromPicture);
        header.getStyleClass().add("sl-section-header");
        root = new VBox(header, matches);
        root.setId("findResults");
        root.getStyleClass().add("sl-find");
    }

    public VBox root() {
        return root;
    }
}
