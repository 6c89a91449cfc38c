package org.sightline.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.scene.layout.StackPane;
import org.sightline.ui.annotation.AnnotationKeys;
import org.sightline.ui.annotation.AttributeActions;
import org.sightline.ui.cases.CaseActions;
import org.sightline.ui.gallery.GalleryView;
import org.sightline.ui.cases.CaseSidebarView;
import org.sightline.ui.footage.FootageWorkspace;
import org.sightline.ui.search.SearchResultsView;
import org.sightline.ui.inspector.InspectorView;
import org.sightline.ui.jobs.JobsPanelView;
import org.sightline.ui.search.SearchBarView;
import org.sightline.ui.viewer.ViewerView;

/**
 * The main window's content: menus and search on top, sidebar | viewer | inspector in the middle,
 * the jobs panel and status bar at the bottom.
 */
public final class ShellView implements ShellCommands {
    private final ShellViewModel shell;
    private final BorderPane root = new BorderPane();
    private final SearchBarView search;
    private final Runnable onQuit;

    /** @param onQuit what Quit does (the app calls Platform::exit) */
    public ShellView(ShellViewModel shell, Runnable onQuit) {
        this.shell = shell;
        this.onQuit = onQuit;
        CaseActions caseActions = new CaseActions(shell.cases(), this::window);
        PeopleWorkspace people = shell.people();
        AttributeActions attributeActions = new AttributeActions(shell.cases(), people.gallery(), people.bars(),
                people.annotation(), people.jobs(), people.labels(), this::window);
        search = new SearchBarView(shell.search());
        root.setTop(new VBox(ShellMenus.create(shell, caseActions, attributeActions, this), search.root()));
        root.setCenter(workspace(caseActions));
        root.setBottom(new VBox(new JobsPanelView(shell.jobs()).root(), new StatusBarView(shell).root()));
        root.setId("shell");
        root.getStyleClass().add("sl-shell");
        ProblemPresenter.attach(shell.cases().problems(), this::window);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                AnnotationKeys.install(scene, people.annotation(), people.bars()::moveFocus);
            }
        });
    }

    private SplitPane workspace(CaseActions caseActions) {
        Parent sidebar = new CaseSidebarView(shell.cases(), caseActions).root();
        StackPane centre = centre();
        Parent viewer = FootageWorkspace.around(centre, shell.footage());
        Parent results = new SearchResultsView(shell.search()).root();
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(shell.search().results()));
        centre.getChildren().add(results);
        Parent inspector = new InspectorView(shell.inspector()).root();
        SplitPane split = new SplitPane(sidebar, viewer, inspector);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getStyleClass().add("sl-workspace");
        split.setDividerPositions(0.2, 0.75);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(inspector, false);
        shell.inspector().visibleProperty().addListener((obs, was, visible) -> {
            if (visible && !split.getItems().contains(inspector)) {
                split.getItems().add(inspector);
                split.setDividerPosition(1, 0.75);
            } else if (!visible) {
                split.getItems().remove(inspector);
            }
        });
        return split;
    }

    /**
     * The viewer's empty state, covered by the crop grid once the case has people; the frame viewer is
     * layered on top while a video source is shown.
     */
    private StackPane centre() {
        Parent viewer = new ViewerView(shell.viewer()).root();
        Parent gallery = new GalleryView(shell.people().gallery()).root();
        gallery.visibleProperty().bind(shell.people().gallery().totalProperty().greaterThan(0));
        viewer.visibleProperty().bind(gallery.visibleProperty().not());
        return new StackPane(viewer, gallery);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    @Override
    public void quit() {
        onQuit.run();
    }

    @Override
    public void focusSearch() {
        search.focus();
    }

    @Override
    public void showShortcuts() {
        HelpDialogs.showShortcuts(window());
    }

    @Override
    public void showAbout() {
        HelpDialogs.showAbout(window());
    }

    @Override
    public void showTuning() {
        org.sightline.ui.tuning.TuningDialog.show(window(), shell.tuning());
    }

    @Override
    public void showModels() {
        org.sightline.ui.models.ModelsDialog.show(window(), shell.models(), shell.computeDevice());
    }
}
