package org.sightline.ui.identities;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.ui.common.Icons;

/**
 * The case's people as cards. Click one to see where they appear; Ctrl+click a second and press M
 * (or Merge) to say they are the same person; Split takes one of a person's tracks out of them.
 */
public final class IdentitiesView {
    private final IdentitiesViewModel identities;
    private final ListView<IdentitySummary> cards;
    private final VBox root;

    public IdentitiesView(IdentitiesViewModel identities) {
        this.identities = identities;
        cards = new ListView<>(identities.identities());
        cards.setId("identityGallery");
        cards.setOrientation(Orientation.HORIZONTAL);
        cards.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        cards.getStyleClass().add("sl-identity-gallery");
        cards.setCellFactory(list -> new IdentityCard());
        Label empty = new Label("No people yet: add a video (Ctrl+I); people appear once it is analysed");
        empty.getStyleClass().add("sl-placeholder");
        cards.setPlaceholder(empty);
        VBox.setVgrow(cards, Priority.ALWAYS);
        cards.getSelectionModel().getSelectedItems().addListener((ListChangeListener<IdentitySummary>) change ->
                identities.choose(List.copyOf(cards.getSelectionModel().getSelectedItems())));
        identities.selectedProperty().addListener((obs, old, person) -> {
            if (person != null && !cards.getSelectionModel().getSelectedItems().contains(person)) {
                cards.getSelectionModel().clearSelection();
                cards.getSelectionModel().select(person);
                cards.scrollTo(person);
            }
        });
        cards.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.M) {
                identities.mergeChosen();
                event.consume();
            }
        });

        Label caption = new Label("PEOPLE");
        caption.getStyleClass().add("sl-caption");
        Label summary = new Label();
        summary.setId("identitySummary");
        summary.getStyleClass().add("sl-muted");
        summary.textProperty().bind(identities.summaryProperty());
        Button merge = new Button("Merge", Icons.of(MaterialDesignM.MERGE));
        merge.setId("mergeButton");
        merge.setTooltip(new Tooltip("The two selected cards show the same person (M)"));
        merge.disableProperty().bind(Bindings.size(identities.chosen()).isNotEqualTo(2).or(identities.busyProperty()));
        merge.setOnAction(event -> identities.mergeChosen());
        Button split = new Button("Split track…", Icons.of(MaterialDesignC.CALL_SPLIT));
        split.setId("splitButton");
        split.setTooltip(new Tooltip("Take one of the selected person's tracks out of them"));
        split.disableProperty().bind(Bindings.size(identities.chosen()).isNotEqualTo(1).or(identities.busyProperty()));
        split.setOnAction(event -> askSplit());
        for (Button button : new Button[] {merge, split}) {
            button.getStyleClass().add("sl-flat-button");
            button.setFocusTraversable(false);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(caption, summary, spacer, merge, split);
        header.getStyleClass().add("sl-section-header");
        root = new VBox(header, cards);
        root.setId("identities");
        root.getStyleClass().add("sl-identities");
    }

    private void askSplit() {
        IdentitySummary person = identities.selectedProperty().get();
        if (person == null) {
            return;
        }
        identities.loadTracks(person).thenAccept(tracks -> {
            if (tracks.size() < 2) {
                identities.reportNothingToSplit(person);
                return;
            }
            ChoiceDialog<TrackChoice> dialog = new ChoiceDialog<>(tracks.getFirst(), tracks);
            dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
            dialog.setTitle("Split a track out");
            dialog.setHeaderText("Which track of person " + person.id() + " shows someone else?");
            dialog.setContentText("Track:");
            dialog.showAndWait().ifPresent(track -> identities.split(track.trackId()));
        });
    }

    public VBox root() {
        return root;
    }
}
