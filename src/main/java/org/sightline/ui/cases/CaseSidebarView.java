package org.sightline.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.sightline.core.cases.Source;
import org.sightline.ui.common.Icons;

/** Left sidebar: the open case and its sources, or the recent cases when none is open. */
public final class CaseSidebarView {
    private final VBox root;

    public CaseSidebarView(CaseViewModel cases, CaseActions actions) {
        VBox openCase = openCasePane(cases, actions);
        VBox noCase = noCasePane(cases, actions);
        showWhen(openCase, true, cases);
        showWhen(noCase, false, cases);
        root = new VBox(openCase, noCase);
        root.setId("caseSidebar");
        root.getStyleClass().add("sl-sidebar");
    }

    private static VBox openCasePane(CaseViewModel cases, CaseActions actions) {
        Label caption = caption("CASE");
        Label name = new Label();
        name.setId("caseName");
        name.getStyleClass().add("sl-case-name");
        name.textProperty().bind(cases.caseNameProperty());
        name.setWrapText(true);
        Label folder = new Label();
        folder.getStyleClass().add("sl-muted");
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        folder.textProperty().bind(cases.caseFolderProperty());
        Tooltip folderTip = new Tooltip();
        folderTip.textProperty().bind(cases.caseFolderProperty());
        folder.setTooltip(folderTip);

        Label sourcesCaption = caption("SOURCES");
        sourcesCaption.textProperty().bind(Bindings.size(cases.sources()).asString("SOURCES (%d)"));
        Button addVideo = iconButton(Icons.of(MaterialDesignV.VIDEO_PLUS), "Add video… (Ctrl+I)", actions::addVideo);
        addVideo.setId("addVideoButton");
        Button addFolder = iconButton(Icons.of(MaterialDesignF.FOLDER_PLUS), "Add image folder… (Ctrl+Shift+I)",
                actions::addImageFolder);
        HBox sourcesHeader = new HBox(sourcesCaption, spacer(), addVideo, addFolder);
        sourcesHeader.getStyleClass().add("sl-section-header");

        ListView<Source> sources = new ListView<>(cases.sources());
        sources.setId("sourcesList");
        sources.getStyleClass().add("sl-sidebar-list");
        sources.setCellFactory(list -> new SourceCell(cases.sourceStatus()));
        sources.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, source) -> cases.selectedSourceProperty().set(source));
        cases.selectedSourceProperty().addListener((obs, old, source) -> {
            if (source != sources.getSelectionModel().getSelectedItem()) {
                sources.getSelectionModel().select(source);
            }
        });
        Label noSources = new Label("No sources yet.\nAdd a video (Ctrl+I) or an image folder (Ctrl+Shift+I).");
        noSources.getStyleClass().add("sl-placeholder");
        noSources.setWrapText(true);
        sources.setPlaceholder(noSources);
        VBox.setVgrow(sources, Priority.ALWAYS);

        VBox pane = new VBox(caption, name, folder, sourcesHeader, sources);
        pane.getStyleClass().add("sl-sidebar-section");
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static VBox noCasePane(CaseViewModel cases, CaseActions actions) {
        Button create = new Button("New case…", Icons.of(MaterialDesignF.FOLDER_PLUS));
        create.setId("newCaseButton");
        create.setOnAction(event -> actions.newCase());
        Button open = new Button("Open case…", Icons.of(MaterialDesignF.FOLDER_OPEN));
        open.setId("openCaseButton");
        open.setOnAction(event -> actions.openCase());
        for (Button button : new Button[] {create, open}) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("sl-wide-button");
        }
        create.getStyleClass().add("sl-primary");

        ListView<java.nio.file.Path> recent = new ListView<>(cases.recentCases());
        recent.setId("recentCasesList");
        recent.getStyleClass().add("sl-sidebar-list");
        recent.setCellFactory(list -> new RecentCaseCell(actions::openRecent));
        recent.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                actions.openRecent(recent.getSelectionModel().getSelectedItem());
            }
        });
        Label noRecent = new Label("No recent cases");
        noRecent.getStyleClass().add("sl-placeholder");
        recent.setPlaceholder(noRecent);
        VBox.setVgrow(recent, Priority.ALWAYS);

        VBox pane = new VBox(caption("START"), create, open, caption("RECENT CASES"), recent);
        pane.getStyleClass().add("sl-sidebar-section");
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static void showWhen(Node node, boolean whenOpen, CaseViewModel cases) {
        node.visibleProperty().bind(whenOpen ? cases.openProperty() : cases.openProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sl-caption");
        return label;
    }

    private static Button iconButton(Node icon, String tooltip, Runnable action) {
        Button button = new Button(null, icon);
        button.getStyleClass().add("sl-icon-button");
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    public VBox root() {
        return root;
    }
}
