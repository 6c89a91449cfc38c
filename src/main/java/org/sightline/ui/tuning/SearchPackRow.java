package org.sightline.ui.tuning;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The dialog's row choosing the case's search pack (offering search packs only): the pack description search encodes queries with, or none. */
final class SearchPackRow {
    private SearchPackRow() {
    }

    static HBox of(TuningViewModel model) {
        ComboBox<String> packs = new ComboBox<>();
        packs.setId("searchPack");
        packs.setPromptText("none (plain search model)");
        Bindings.bindContent(packs.getItems(), model.searchPacks());
        packs.valueProperty().bindBidirectional(model.searchPackProperty());
        packs.setOnAction(e -> model.setSearchPack(packs.getValue()));
        Button none = new Button("None");
        none.setId("noSearchPack");
        none.setOnAction(e -> model.setSearchPack(""));
        HBox row = new HBox(8, new Label("Search pack of this case"), packs, none);
        row.disableProperty().bind(model.caseOpenProperty().not());
        return row;
    }
}
