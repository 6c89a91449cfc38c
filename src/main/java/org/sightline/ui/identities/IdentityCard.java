package org.sightline.ui.identities;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.ui.common.Icons;

/** One person in the gallery: their best crop, name, and how often and where they are seen. */
final class IdentityCard extends ListCell<IdentitySummary> {
    static final double THUMB_HEIGHT = 96;

    private final ImageView thumb = new ImageView();
    private final StackPane frame = new StackPane();
    private final Label name = new Label();
    private final Label counts = new Label();
    private final VBox card = new VBox(frame, name, counts);

    IdentityCard() {
        thumb.setFitHeight(THUMB_HEIGHT);
        thumb.setFitWidth(64);
        thumb.setPreserveRatio(true);
        frame.getChildren().addAll(Icons.of(MaterialDesignA.ACCOUNT_OUTLINE, "sl-empty-icon"), thumb);
        frame.setPrefSize(72, THUMB_HEIGHT);
        frame.getStyleClass().add("sl-card-thumb");
        name.getStyleClass().add("sl-card-title");
        counts.getStyleClass().add("sl-muted");
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().add("sl-identity-card");
    }

    @Override
    protected void updateItem(IdentitySummary identity, boolean empty) {
        super.updateItem(identity, empty);
        if (empty || identity == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(identity.label().orElse("Person " + identity.id()));
        counts.setText(identity.detections() + " seen");
        setTooltip(new javafx.scene.control.Tooltip(name.getText() + ": " + identity.detections() + " detections in "
                + identity.tracks() + " tracks of " + identity.sourceIds().size() + " sources"));
        thumb.setImage(identity.representativeThumbnail().map(path -> new Image(path.toUri().toString(), 0,
                THUMB_HEIGHT, true, true, true)).orElse(null));
        setText(null);
        setGraphic(card);
    }
}
