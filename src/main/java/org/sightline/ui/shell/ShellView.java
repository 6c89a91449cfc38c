package org.sightline.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sightline.ui.cases.CaseActions;
import org.sightline.ui.cases.CaseSidebarView;
import org.sightline.ui.footage.FootageWorkspace;
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
        search = new SearchBarView(shell.search());
        root.setTop(new VBox(ShellMenus.create(shell, caseActions, this), search.root()));
        root.setCenter(workspace(caseActions));
        root.setBottom(new VBox(new JobsPanelView(shell.jobs()).root(), new StatusBarView(shell).root()));
        root.setId("shell");
        root.getStyleClass().add("sl-shell");
        ProblemPresenter.attach(shell.cases().problems(), this::window);
    }

    private SplitPane workspace(CaseActions caseActions) {
        Parent sidebar = new CaseSidebarView(shell.cases(), caseActions).root();
        Parent viewer = FootageWorkspace.around(new ViewerView(shell.viewer()).root(), shell.footage());
        Parent inspector = new InspectorView(shell.inspector()).root();
        SplitPane split = new SplitPane(sidebar, viewer, inspector);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getStyleClass().add("sl-workspace");
        split.setDividerPositions(0.2, 0.78);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(inspector, false);
        shell.inspector().visibleProperty().addListener((obs, was, visible) -> {
            if (visible && !split.getItems().contains(inspector)) {
                split.getItems().add(inspector);
                split.setDividerPosition(1, 0.78);
            } else if (!visible) {
                split.getItems().remove(inspector);
            }
        });
        return split;
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
}
