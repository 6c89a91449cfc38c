package org.sightline.ui.find;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.sightline.core.cases.footage.DetectionRow;

/** A ranked match: crop, rank and similarity, and where it is. */
final class MatchCard extends ListCell<FindViewModel.Match> {
    private final ImageView thumb = new ImageView();
    private final Label score = new Label();
    private final Label where = new Label();
    private final VBox card = new VBox(thumb, score, where);

    MatchCard() {
        thumb.setFitHeight(96);
        thumb.setFitWidth(64);
        thumb.setPreserveRatio(true);
        score.getStyleClass().add("sl-card-title");
        where.getStyleClass().add("sl-muted");
        card.setAlignment(Pos.TOP_CENTER);
        card.getStyleClass().add("sl-identity-card");
    }

    @Override
    protected void updateItem(FindViewModel.Match match, boolean empty) {
        super.updateItem(match, empty);
        if (empty || match == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        DetectionRow detection = match.detection();
        score.setText(String.format(Locale.ROOT, "#%d · %.2f", match.rank(), match.match().score()));
        String person = detection.identityId().isPresent() ? "P" + detection.identityId().getAsLong() + " · " : "";
        where.setText(person + "f" + (detection.frameIndex() + 1));
        thumb.setImage(detection.thumbnail().map(path -> new Image(path.toUri().toString(), 0, 96, true, true, true))
                .orElse(null));
        setTooltip(new javafx.scene.control.Tooltip(match.sourceLabel() + ", frame " + (detection.frameIndex() + 1)
                + ", detection " + detection.id()));
        setText(null);
        setGraphic(card);
    }
}
