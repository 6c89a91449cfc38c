package org.sightline.ui.inspector;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.sightline.ui.attributes.AttributeBarsView;
import org.sightline.ui.common.Icons;

/** Right-hand panel: the selected person's crop, attribute bars and appearances. */
public final class InspectorView {
    private final VBox root;
    private final ImageView crop = new ImageView();
    private final Label personLabel = new Label();
    private final GridPane attributeBars = new GridPane();
    private final ListView<String> appearances = new ListView<>();

    private final InspectorViewModel inspector;

    public InspectorView(InspectorViewModel inspector) {
        this.inspector = inspector;
        Label caption = caption("INSPECTOR");
        ScrollPane details = detailsPane();
        details.visibleProperty().bind(inspector.hasSelectionProperty());
        details.managedProperty().bind(details.visibleProperty());
        VBox empty = emptyPane();
        empty.visibleProperty().bind(inspector.hasSelectionProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        root = new VBox(caption, empty, details);
        root.setId("inspector");
        root.getStyleClass().add("sl-inspector");
        inspector.selectedProperty().addListener((obs, old, person) -> show(person));
        show(inspector.selectedProperty().get());
    }

    private VBox emptyPane() {
        Label message = new Label(InspectorViewModel.NOTHING_SELECTED);
        message.setId("inspectorEmptyMessage");
        message.getStyleClass().add("sl-placeholder");
        VBox pane = new VBox(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE, "sl-empty-icon"), message);
        pane.getStyleClass().add("sl-empty-state");
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private ScrollPane detailsPane() {
        crop.setFitWidth(160);
        crop.setFitHeight(200);
        crop.setPreserveRatio(true);
        Label noCrop = new Label("No crop image", Icons.of(MaterialDesignA.ACCOUNT_OUTLINE, "sl-empty-icon"));
        noCrop.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        noCrop.getStyleClass().add("sl-placeholder");
        noCrop.visibleProperty().bind(crop.imageProperty().isNull());
        StackPane cropFrame = new StackPane(noCrop, crop);
        cropFrame.getStyleClass().add("sl-crop-frame");
        personLabel.getStyleClass().add("sl-case-name");
        attributeBars.getStyleClass().add("sl-attribute-bars");
        appearances.getStyleClass().add("sl-sidebar-list");
        Label none = new Label("No appearances");
        none.getStyleClass().add("sl-placeholder");
        appearances.setPlaceholder(none);
        appearances.setPrefHeight(110);
        Label annotating = new Label("Annotating — Space toggles, A accepts, Ctrl+Z undoes (F1: all keys)");
        annotating.setId("annotationHint");
        annotating.getStyleClass().add("sl-annotation-hint");
        annotating.setWrapText(true);
        annotating.visibleProperty().bind(inspector.annotatingProperty());
        annotating.managedProperty().bind(annotating.visibleProperty());
        VBox barsView = new AttributeBarsView(inspector.attributes(), inspector.annotatingProperty()).root();
        barsView.visibleProperty().bind(inspector.attributes().attributesProperty().isNotNull());
        barsView.managedProperty().bind(barsView.visibleProperty());
        VBox pane = new VBox(cropFrame, personLabel, caption("ATTRIBUTES"), annotating, attributeBars, barsView,
                caption("APPEARANCES"), appearances);
        pane.getStyleClass().add("sl-inspector-details");
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sl-inspector-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void show(PersonDetails person) {
        attributeBars.getChildren().clear();
        appearances.getItems().clear();
        if (person == null) {
            crop.setImage(null);
            personLabel.setText("");
            return;
        }
        personLabel.setText(person.label());
        crop.setImage(person.cropImage() == null ? null : new Image(person.cropImage().toUri().toString(), true));
        int row = 0;
        for (AttributeScore score : person.attributes()) {
            ProgressBar bar = new ProgressBar(score.probability());
            bar.getStyleClass().add("sl-attribute-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            Label percent = new Label(Math.round(score.probability() * 100) + "%");
            percent.getStyleClass().add("sl-muted");
            attributeBars.addRow(row++, new Label(score.name()), bar, percent);
        }
        person.appearances().forEach(appearance -> appearances.getItems().add(appearance.describe()));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sl-caption");
        return label;
    }

    public VBox root() {
        return root;
    }
}
