package org.sightline.ui.viewer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import org.sightline.core.cases.Source;

/** The central viewer. Until frames and crops are wired in, it explains what to do next. */
public final class ViewerViewModel {
    public static final String NO_CASE = "No case open — create or open a case (Ctrl+N / Ctrl+O)";
    public static final String NO_SOURCES = "This case has no sources — add a video or an image folder (Ctrl+I)";
    public static final String NOT_ANALYSED = "No analysed frames yet — detections and person crops will appear here";

    private final StringBinding emptyMessage;

    public ViewerViewModel(ObservableBooleanValue caseOpen, ObservableList<Source> sources) {
        this.emptyMessage = Bindings.createStringBinding(() -> {
            if (!caseOpen.get()) {
                return NO_CASE;
            }
            return sources.isEmpty() ? NO_SOURCES : NOT_ANALYSED;
        }, caseOpen, sources);
    }

    public StringBinding emptyMessageProperty() {
        return emptyMessage;
    }
}
