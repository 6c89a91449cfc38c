package org.sightline.ui.search;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.collections.ListChangeListener;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.sightline.ui.common.Icons;

/** Top bar: a free-text person description, an optional attribute filter, the history and a search button. */
public final class SearchBarView {
    private final HBox root;
    private final CustomTextField field = new CustomTextField();

    public SearchBarView(SearchViewModel search) {
        field.setId("searchField");
        field.getStyleClass().add("sl-search-field");
        field.promptTextProperty().bind(search.promptProperty());
        field.setLeft(Icons.of(MaterialDesignA.ACCOUNT_SEARCH_OUTLINE, "sl-search-icon"));
        field.textProperty().bindBidirectional(search.queryProperty());
        field.disableProperty().bind(search.enabledProperty().not());
        field.setOnAction(event -> search.search());
        HBox.setHgrow(field, Priority.ALWAYS);

        TextField filter = new TextField();
        filter.setId("searchFilter");
        filter.setPromptText("filter, e.g. personalFemale >= 0.6");
        filter.setPrefColumnCount(16);
        filter.textProperty().bindBidirectional(search.filterProperty());
        filter.disableProperty().bind(search.enabledProperty().not());
        filter.setOnAction(event -> search.search());

        MenuButton history = new MenuButton(null, Icons.of(MaterialDesignH.HISTORY));
        history.setId("searchHistory");
        history.setTooltip(new Tooltip("Earlier searches in this case"));
        history.disableProperty().bind(search.enabledProperty().not());
        search.history().addListener((ListChangeListener<String>) change -> {
            history.getItems().setAll(search.history().stream().map(past -> {
                MenuItem item = new MenuItem(past);
                item.setOnAction(event -> search.searchAgain(past));
                return item;
            }).toList());
        });

        Button submit = new Button("Search", Icons.of(MaterialDesignM.MAGNIFY));
        submit.setId("searchButton");
        submit.getStyleClass().add("sl-primary");
        submit.disableProperty().bind(search.canSearchProperty().not());
        submit.setOnAction(event -> search.search());

        root = new HBox(field, filter, history, submit);
        root.setId("searchBar");
        root.getStyleClass().add("sl-search-bar");
        // Disabled controls show no tooltip, so the reason lives on the enclosing bar.
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(search.hintProperty());
        Tooltip.install(root, hint);
    }

    public void focus() {
        if (!field.isDisabled()) {
            field.requestFocus();
            field.selectAll();
        }
    }

    public HBox root() {
        return root;
    }
}
