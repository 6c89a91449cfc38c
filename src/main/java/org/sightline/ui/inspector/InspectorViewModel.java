package org.sightline.ui.inspector;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sightline.ui.attributes.AttributeBarsViewModel;

/** The right-hand inspector: the selected person, or nothing. */
public final class InspectorViewModel {
    public static final String NOTHING_SELECTED = "Select a person to inspect";

    private final ObjectProperty<PersonDetails> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final BooleanProperty annotating = new SimpleBooleanProperty();
    private final AttributeBarsViewModel attributes;

    /** @param attributes the selected detection's attribute bars */
    public InspectorViewModel(AttributeBarsViewModel attributes) {
        this.attributes = attributes;
    }

    /** An inspector whose attribute bars read on the calling thread (no case work happens without a case). */
    public InspectorViewModel() {
        this(new AttributeBarsViewModel(Runnable::run, Runnable::run, problem -> { }));
    }

    public AttributeBarsViewModel attributes() {
        return attributes;
    }

    /** True while annotation mode is on: the focused attribute is highlighted. */
    public BooleanProperty annotatingProperty() {
        return annotating;
    }

    public void select(PersonDetails person) {
        selected.set(person);
    }

    public void clear() {
        selected.set(null);
        attributes.clear();
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
