package org.sightline.ui.gallery;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.sightline.core.attributes.Attribute;
import org.sightline.ui.common.Icons;

/** Above the grid: add attribute conditions (each a chip with ≥/≤ and a threshold slider), and the count. */
final class FilterBarView {
    private final VBox root;

    FilterBarView(GalleryViewModel gallery) {
        GalleryFilterViewModel filter = gallery.filter();
        ComboBox<Attribute> add = new ComboBox<>();
        add.setId("filterAttributeChooser");
        add.setPromptText("Filter by attribute…");
        add.setVisibleRowCount(16);
        add.setCellFactory(list -> new AttributeCell());
        add.setButtonCell(new AttributeCell());
        filter.schemaProperty().addListener((obs, old, now) -> add.getItems().setAll(filter.attributes()));
        add.getItems().setAll(filter.attributes());
        add.setOnAction(event -> {
            Attribute chosen = add.getValue();
            if (chosen != null) {
                filter.add(chosen);
                javafx.application.Platform.runLater(() -> add.getSelectionModel().clearSelection());
            }
        });
        Button clear = new Button("Clear", Icons.of(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        clear.getStyleClass().add("sl-flat-button");
        clear.disableProperty().bind(Bindings.isEmpty(filter.conditions()));
        clear.setOnAction(event -> filter.clear());
        Label count = new Label();
        count.setId("galleryCount");
        count.getStyleClass().add("sl-muted");
        count.textProperty().bind(gallery.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(Icons.of(MaterialDesignF.FILTER_VARIANT), add, clear, spacer, count);
        top.getStyleClass().add("sl-filter-top");

        FlowPane chips = new FlowPane();
        chips.setId("filterChips");
        chips.getStyleClass().add("sl-filter-chips");
        filter.conditions().addListener((ListChangeListener<FilterConditionRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    chips.getChildren().setAll(filter.conditions().stream().map(row -> chip(filter, row)).toList());
                }
            }
        });
        chips.managedProperty().bind(Bindings.isNotEmpty(filter.conditions()));
        chips.visibleProperty().bind(chips.managedProperty());
        Label error = new Label();
        error.getStyleClass().add("sl-error-text");
        error.textProperty().bind(gallery.filterErrorProperty());
        error.managedProperty().bind(gallery.filterErrorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        root = new VBox(top, chips, error);
        root.getStyleClass().add("sl-filter-bar");
    }

    private static HBox chip(GalleryFilterViewModel filter, FilterConditionRow row) {
        Label name = new Label(row.attribute().label());
        name.getStyleClass().add("sl-chip-name");
        ToggleButton direction = new ToggleButton();
        direction.getStyleClass().add("sl-chip-direction");
        direction.setSelected(!row.atLeastProperty().get());
        direction.textProperty().bind(Bindings.when(row.atLeastProperty()).then("≥").otherwise("≤"));
        direction.setTooltip(new Tooltip("At least / at most"));
        direction.setOnAction(event -> row.atLeastProperty().set(!direction.isSelected()));
        Slider threshold = new Slider(0, 1, row.thresholdProperty().get());
        threshold.setId("threshold-" + row.attribute().token());
        threshold.setBlockIncrement(0.05);
        threshold.setPrefWidth(110);
        threshold.valueProperty().bindBidirectional(row.thresholdProperty());
        Label value = new Label();
        value.getStyleClass().add("sl-chip-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.2f",
                row.thresholdProperty().get()), row.thresholdProperty()));
        Button remove = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        remove.getStyleClass().add("sl-icon-button");
        remove.setTooltip(new Tooltip("Remove this condition"));
        remove.setOnAction(event -> filter.remove(row));
        HBox chip = new HBox(name, direction, threshold, value, remove);
        chip.setId("chip-" + row.attribute().token());
        chip.getStyleClass().add("sl-filter-chip");
        return chip;
    }

    private static final class AttributeCell extends ListCell<Attribute> {
        @Override
        protected void updateItem(Attribute attribute, boolean empty) {
            super.updateItem(attribute, empty);
            setText(empty || attribute == null ? null : attribute.label());
        }
    }

    VBox root() {
        return root;
    }
}
