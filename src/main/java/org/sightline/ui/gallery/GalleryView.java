package org.sightline.ui.gallery;

import javafx.scene.control.Label;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridView;
import org.sightline.core.attributes.store.CaseDetections;

/** The crop grid with its filter bar. The grid is virtualised: only the visible rows have cells. */
public final class GalleryView {
    static final double CELL_WIDTH = 72;
    static final double CELL_HEIGHT = 144;
    private final BorderPane root = new BorderPane();
    private final GridView<CaseDetections.Row> grid;

    public GalleryView(GalleryViewModel gallery) {
        CropImages images = new CropImages();
        grid = new GridView<>(gallery.items());
        grid.setId("cropGrid");
        grid.getStyleClass().add("sl-crop-grid");
        grid.setCellWidth(CELL_WIDTH);
        grid.setCellHeight(CELL_HEIGHT);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);
        grid.setCellFactory(view -> new CropCell(gallery.selectedProperty(),
                row -> gallery.selectedProperty().set(row), images));
        gallery.selectedProperty().addListener((obs, old, row) -> scrollTo(gallery, row));

        Label noMatch = new Label("No person matches every condition — lower a threshold or remove a condition");
        noMatch.getStyleClass().add("sl-placeholder");
        noMatch.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(gallery.items())
                .and(gallery.totalProperty().greaterThan(0)));
        StackPane center = new StackPane(grid, noMatch);
        VBox.setVgrow(center, Priority.ALWAYS);
        root.setTop(new FilterBarView(gallery).root());
        root.setCenter(center);
        root.setId("gallery");
        root.getStyleClass().add("sl-gallery");
    }

    /** Brings the selected crop's row into view (the grid has no selection model of its own). */
    private void scrollTo(GalleryViewModel gallery, CaseDetections.Row row) {
        int index = row == null ? -1 : gallery.items().indexOf(row);
        if (index < 0 || !(grid.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        double rowWidth = CELL_WIDTH + 2 * grid.getHorizontalCellSpacing();
        int perRow = Math.max(1, (int) Math.floor(grid.getWidth() / rowWidth));
        flow.scrollTo(index / perRow);
    }

    public BorderPane root() {
        return root;
    }
}
