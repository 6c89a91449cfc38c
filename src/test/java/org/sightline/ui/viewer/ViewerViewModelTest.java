package org.sightline.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;

class ViewerViewModelTest {
    @Test
    void emptyStateFollowsCaseAndSources() {
        SimpleBooleanProperty open = new SimpleBooleanProperty(false);
        ObservableList<Source> sources = FXCollections.observableArrayList();
        ViewerViewModel viewer = new ViewerViewModel(open, sources);

        assertEquals(ViewerViewModel.NO_CASE, viewer.emptyMessageProperty().get());
        open.set(true);
        assertEquals(ViewerViewModel.NO_SOURCES, viewer.emptyMessageProperty().get());
        sources.add(new Source(1, SourceKind.VIDEO, Path.of("/f/cam.mp4"), "cam.mp4", Instant.EPOCH));
        assertEquals(ViewerViewModel.NOT_ANALYSED, viewer.emptyMessageProperty().get());
    }
}
