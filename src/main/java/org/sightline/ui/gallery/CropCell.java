package org.sightline.ui.gallery;

import java.util.function.Consumer;
import javafx.beans.value.ObservableObjectValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.GridCell;
import org.sightline.core.attributes.store.CaseDetections;

/** One crop of the grid; a click selects it, the selected one is outlined. */
final class CropCell extends GridCell<CaseDetections.Row> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final ImageView image = new ImageView();
    private final ObservableObjectValue<CaseDetections.Row> selected;
    private final CropImages images;

    CropCell(ObservableObjectValue<CaseDetections.Row> selected, Consumer<CaseDetections.Row> select, CropImages images) {
        this.selected = selected;
        this.images = images;
        getStyleClass().add("sl-crop-cell");
        image.setPreserveRatio(true);
        image.fitWidthProperty().bind(widthProperty().subtract(8));
        image.fitHeightProperty().bind(heightProperty().subtract(8));
        selected.addListener((obs, old, now) -> pseudoClassStateChanged(SELECTED, getItem() != null && getItem().equals(now)));
        setOnMouseClicked(event -> {
            if (getItem() != null) {
                select.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(CaseDetections.Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            setId(null);
            pseudoClassStateChanged(SELECTED, false);
            return;
        }
        image.setImage(row.thumbnail() == null ? null : images.get(row.thumbnail()));
        setGraphic(new StackPane(image));
        setId("crop-" + row.detectionId());
        setTooltip(new Tooltip("Detection " + row.detectionId() + "\n" + row.sourceLabel() + " · frame " + row.frameIndex()));
        pseudoClassStateChanged(SELECTED, row.equals(selected.get()));
    }
}
