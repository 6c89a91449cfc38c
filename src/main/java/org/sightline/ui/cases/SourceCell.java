package org.sightline.ui.cases;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.ui.common.Icons;

/** A source in the sidebar: kind icon, label, and the path it points to. */
final class SourceCell extends ListCell<Source> {

    static Ikon iconFor(SourceKind kind) {
        return switch (kind) {
            case VIDEO -> MaterialDesignM.MOVIE_OPEN_OUTLINE;
            case FRAME_FOLDER -> MaterialDesignF.FOLDER_MULTIPLE_IMAGE;
            case IMAGE_GALLERY -> MaterialDesignA.ACCOUNT_BOX_OUTLINE;
        };
    }

    static String kindName(SourceKind kind) {
        return switch (kind) {
            case VIDEO -> "Video";
            case FRAME_FOLDER -> "Image folder";
            case IMAGE_GALLERY -> "Person gallery";
        };
    }

    private final ObservableMap<Long, String> status;
    private final MapChangeListener<Long, String> statusListener = change -> {
        if (getItem() != null && change.getKey() == getItem().id()) {
            updateItem(getItem(), false);
        }
    };

    /** @param status a line per source id (counts, or ingest progress) shown under the path */
    SourceCell(ObservableMap<Long, String> status) {
        this.status = status;
        // Cells sized to the list, not to their text, so long paths elide instead of scrolling sideways.
        setPrefWidth(0);
        status.addListener(new WeakMapChangeListener<>(statusListener));
    }

    @Override
    protected void updateItem(Source source, boolean empty) {
        super.updateItem(source, empty);
        if (empty || source == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        Label label = new Label(source.label());
        label.getStyleClass().add("sl-source-label");
        Label path = new Label(source.path().toString());
        path.getStyleClass().add("sl-muted");
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        VBox text = new VBox(label, path);
        String line = status.get(source.id());
        if (line != null) {
            Label counts = new Label(line);
            counts.getStyleClass().addAll("sl-muted", "sl-source-status");
            text.getChildren().add(counts);
        }
        text.getStyleClass().add("sl-source-text");
        HBox row = new HBox(Icons.of(iconFor(source.kind()), "sl-source-icon"), text);
        row.getStyleClass().add("sl-source-row");
        setText(null);
        setGraphic(row);
        setTooltip(new Tooltip(kindName(source.kind()) + "\n" + source.path()));
    }
}
