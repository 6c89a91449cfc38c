package org.sightline.ui.gallery;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.sightline.core.attributes.Attribute;

/** One condition the user added to the gallery filter: an attribute, at least / at most, a threshold. */
public final class FilterConditionRow {
    private final Attribute attribute;
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final BooleanProperty atLeast = new SimpleBooleanProperty(true);

    public FilterConditionRow(Attribute attribute) {
        this.attribute = attribute;
    }

    public Attribute attribute() {
        return attribute;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public BooleanProperty atLeastProperty() {
        return atLeast;
    }

    /** The condition in {@link org.sightline.core.attributes.store.AttributeFilter} syntax, two decimals. */
    public String queryText() {
        return attribute.token() + (atLeast.get() ? " >= " : " <= ")
                + String.format(Locale.ROOT, "%.2f", threshold.get());
    }
}
