package org.sightline.ui.attributes;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.ui.common.Icons;

/**
 * Schema selector, predictor name, and one bar per attribute in the schema's groups. Exclusive groups
 * sit in a framed box; corrected bars carry a pencil and their own colour; unscored ones say so.
 */
public final class AttributeBarsView {
    private final VBox root;
    private final VBox groupsBox = new VBox();
    private final AttributeBarsViewModel bars;
    private final ObservableBooleanValue showFocus;

    public AttributeBarsView(AttributeBarsViewModel bars, ObservableBooleanValue showFocus) {
        this.bars = bars;
        this.showFocus = showFocus;
        ComboBox<AttributeSchema> schema = new ComboBox<>(bars.schemas());
        schema.setId("schemaChooser");
        schema.setCellFactory(list -> new SchemaCell());
        schema.setButtonCell(new SchemaCell());
        schema.valueProperty().bindBidirectional(bars.schemaProperty());
        schema.setMaxWidth(Double.MAX_VALUE);
        schema.setTooltip(new Tooltip("Attribute schema shown (and corrected)"));
        Label predictor = new Label();
        predictor.setId("predictorName");
        predictor.getStyleClass().add("sl-muted");
        predictor.setWrapText(true);
        predictor.textProperty().bind(bars.predictorTextProperty());
        groupsBox.setId("attributeGroups");
        groupsBox.getStyleClass().add("sl-attribute-groups");
        bars.groups().addListener((ListChangeListener<GroupBars>) change -> render());
        bars.focusedIndexProperty().addListener((obs, old, now) -> render());
        showFocus.addListener((obs, old, now) -> render());
        root = new VBox(schema, predictor, groupsBox);
        root.getStyleClass().add("sl-attributes");
    }

    private void render() {
        groupsBox.getChildren().clear();
        for (GroupBars group : bars.groups()) {
            Label caption = new Label(group.caption());
            caption.getStyleClass().add("sl-group-caption");
            GridPane rows = new GridPane();
            rows.getStyleClass().add("sl-attribute-bars");
            int row = 0;
            for (AttributeBar bar : group.bars()) {
                addRow(rows, row++, bar);
            }
            VBox box = new VBox(caption, rows);
            box.getStyleClass().add(group.group().exclusive() ? "sl-group-exclusive" : "sl-group");
            groupsBox.getChildren().add(box);
        }
    }

    private void addRow(GridPane rows, int row, AttributeBar bar) {
        Label name = new Label(bar.attribute().label());
        name.getStyleClass().add("sl-attr-name");
        if (bar.corrected()) {
            name.setGraphic(Icons.of(MaterialDesignP.PENCIL, "sl-corrected-icon"));
            name.setTooltip(new Tooltip("Corrected by " + bar.correctedBy() + " — the prediction is kept"));
        }
        ProgressBar meter = new ProgressBar(bar.scored() || bar.corrected() ? bar.value() : 0);
        meter.getStyleClass().add("sl-attribute-bar");
        meter.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(meter, Priority.ALWAYS);
        Label value = new Label(bar.valueText());
        value.getStyleClass().add("sl-attr-value");
        rows.addRow(row, name, meter, value);
        String state = bar.corrected() ? "sl-attr-corrected" : bar.scored() ? "sl-attr-predicted" : "sl-attr-unscored";
        for (javafx.scene.Node cell : new javafx.scene.Node[] {name, meter, value}) {
            cell.getStyleClass().add(state);
            if (bar.label() == EffectiveLabel.YES) {
                cell.getStyleClass().add("sl-attr-yes");
            }
            cell.setOnMouseClicked(event -> bars.focusedIndexProperty().set(bar.index()));
        }
        if (showFocus.get() && bar.index() == bars.focusedIndexProperty().get()) {
            name.getStyleClass().add("sl-attr-focused");
            javafx.application.Platform.runLater(() -> scrollIntoView(name));
        }
        name.setId("attr-name-" + bar.token());
        value.setId("attr-value-" + bar.token());
        meter.setId("attr-bar-" + bar.token());
    }

    /** Keeps the focused attribute visible in the inspector's scroll pane while the keys move the focus. */
    private static void scrollIntoView(javafx.scene.Node node) {
        javafx.scene.Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport) {
            double target = inContent.getMinY() - viewport / 3;
            scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
        }
    }

    private static final class SchemaCell extends ListCell<AttributeSchema> {
        @Override
        protected void updateItem(AttributeSchema schema, boolean empty) {
            super.updateItem(schema, empty);
            setText(empty || schema == null ? null : schema.name() + " (" + schema.size() + ")");
        }
    }

    public VBox root() {
        return root;
    }
}
