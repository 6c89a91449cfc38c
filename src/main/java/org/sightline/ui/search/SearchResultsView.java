package org.sightline.ui.search;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The ranked results: a grid of thumbnails with their scores, best first; a similarity threshold
 * slider; "more like this" per result. Clicking a result selects it ({@link SearchViewModel#select}).
 */
public final class SearchResultsView {
    private static final double THUMB_HEIGHT = 128;
    private final BorderPane root = new BorderPane();
    private final TilePane grid = new TilePane(8, 8);
    private final SearchViewModel search;

    public SearchResultsView(SearchViewModel search) {
        this.search = search;
        Slider threshold = new Slider(-1, 1, search.thresholdProperty().get());
        threshold.setId("searchThreshold");
        threshold.setShowTickMarks(true);
        threshold.setMajorTickUnit(0.25);
        threshold.valueProperty().bindBidirectional(search.thresholdProperty());
        Label thresholdValue = new Label();
        thresholdValue.textProperty().bind(search.thresholdProperty().asString(Locale.ROOT, "min. similarity %.2f"));
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(search.statusProperty());
        javafx.scene.control.Tooltip fullStatus = new javafx.scene.control.Tooltip();
        fullStatus.textProperty().bind(search.statusProperty());
        status.setTooltip(fullStatus);
        Button close = new Button("Close results");
        close.setId("closeSearchResults");
        close.setOnAction(event -> search.closeResults());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        threshold.setMinWidth(160);
        thresholdValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        HBox top = new HBox(8, thresholdValue, threshold, status, spacer, close);
        top.getStyleClass().add("sl-search-results-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        grid.setId("searchResults");
        grid.setPrefColumns(6);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        root.setTop(top);
        root.setCenter(scroll);
        root.getStyleClass().add("sl-search-results");
        search.results().addListener((ListChangeListener<SearchResultItem>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().setAll(search.results().stream().map(this::tile).toList());
    }

    private VBox tile(SearchResultItem item) {
        ImageView image = new ImageView();
        image.setFitHeight(THUMB_HEIGHT);
        image.setPreserveRatio(true);
        item.thumbnail().ifPresent(path -> image.setImage(new Image(path.toUri().toString(), true)));
        Label score = new Label(String.format(Locale.ROOT, "#%d  %.3f", item.rank(), item.score()));
        Button more = new Button("More like this");
        more.getStyleClass().add("sl-link");
        more.setOnAction(event -> search.moreLikeThis(item.detectionId()));
        VBox tile = new VBox(4, image, score, more);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().add("sl-search-result");
        tile.setUserData(item.detectionId());
        tile.setOnMouseClicked(event -> search.select(item));
        return tile;
    }

    public BorderPane root() {
        return root;
    }
}
