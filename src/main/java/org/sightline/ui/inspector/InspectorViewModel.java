package org.sightline.ui.inspector;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The right-hand inspector: the selected person, or nothing. */
public final class InspectorViewModel {
    public static final String NOTHING_SELECTED = "Select a person to inspect";

    private final ObjectProperty<PersonDetails> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);

    public void select(PersonDetails person) {
        selected.set(person);
    }

    public void clear() {
        selected.set(null);
    }

    public void toggleVisible() {
        visible.set(!visible.get());
    }

    public ObjectProperty<PersonDetails> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }
}
