package org.sightline.ui.footage;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.sightline.ui.find.FindView;
import org.sightline.ui.find.FindViewModel;
import org.sightline.ui.identities.IdentitiesView;
import org.sightline.ui.timeline.TimelineView;

/**
 * The centre of the main window: the viewer (its empty state, covered by the frame viewer while a
 * source is shown), the selected person's timeline under it, and the People and Matches tabs.
 */
public final class FootageWorkspace {
    private FootageWorkspace() {
    }

    /** @param viewer the viewer's stack (empty-state messages), which the frame viewer is layered into */
    public static SplitPane around(StackPane viewer, FootageFeature footage) {
        FootageView frames = new FootageView(footage.viewer(), footage::findSelected);
        frames.root().visibleProperty().bind(footage.viewer().sourceProperty().isNotNull());
        viewer.getChildren().add(frames.root());

        Tab people = new Tab("People", new IdentitiesView(footage.identities()).root());
        people.setId("peopleTab");
        Tab matches = new Tab("Matches", new FindView(footage.find()).root());
        matches.setId("matchesTab");
        TabPane tabs = new TabPane(people, matches);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("sl-footage-tabs");
        tabs.setMinHeight(0);
        footage.find().matches().addListener((ListChangeListener<FindViewModel.Match>) change ->
                tabs.getSelectionModel().select(matches));

        TimelineView timeline = new TimelineView(footage.timeline());
        timeline.root().setMinHeight(0);
        SplitPane centre = new SplitPane(viewer, timeline.root(), tabs);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.52, 0.62);
        centre.getStyleClass().add("sl-centre");
        // Shrinkable, so the jobs panel and status bar below keep their room in small windows.
        viewer.setMinHeight(0);
        frames.root().setMinSize(0, 0);
        centre.setMinHeight(0);
        SplitPane.setResizableWithParent(timeline.root(), false);
        SplitPane.setResizableWithParent(tabs, false);
        return centre;
    }
}
