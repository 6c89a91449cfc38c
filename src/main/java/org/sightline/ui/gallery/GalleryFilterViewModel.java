package org.sightline.ui.gallery;

import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.store.AttributeFilter;

/** The conditions of the gallery filter bar; all must hold (AND). */
public final class GalleryFilterViewModel {
    private final ObservableList<FilterConditionRow> conditions = FXCollections.observableArrayList(
            row -> new Observable[] {row.thresholdProperty(), row.atLeastProperty()});
    private final ObjectProperty<AttributeSchema> schema = new SimpleObjectProperty<>();
    private final StringBinding queryText = Bindings.createStringBinding(() -> conditions.stream()
            .map(FilterConditionRow::queryText).collect(Collectors.joining(" AND ")), conditions);

    public GalleryFilterViewModel() {
        schema.addListener((obs, old, now) -> {
            if (now != null) {
                conditions.removeIf(row -> !now.contains(row.attribute().token()));
            }
        });
    }

    /** Adds a condition on {@code attribute} (at least 0.5); returns it so its threshold can be set. */
    public FilterConditionRow add(Attribute attribute) {
        FilterConditionRow row = new FilterConditionRow(attribute);
        conditions.add(row);
        return row;
    }

    public void remove(FilterConditionRow row) {
        conditions.remove(row);
    }

    public void clear() {
        conditions.clear();
    }

    /** Parsed and checked against the schema, as the search runs it. */
    public AttributeFilter filter() {
        return AttributeFilter.parse(queryText.get(), schema.get());
    }

    /** E.g. {@code personalFemale >= 0.50 AND carryingBackpack >= 0.50}; changes with every condition edit. */
    public StringBinding queryTextProperty() {
        return queryText;
    }

    public ObservableList<FilterConditionRow> conditions() {
        return conditions;
    }

    public ObjectProperty<AttributeSchema> schemaProperty() {
        return schema;
    }

    public ObservableList<Attribute> attributes() {
        return schema.get() == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(schema.get().attributes());
    }
}
