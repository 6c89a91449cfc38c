package org.sightline.ui.search;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/** The description-search bar: enabled while a case is open; submits non-blank queries. */
public final class SearchViewModel {
    public static final String PROMPT = "Describe a person, e.g. woman in a red coat with a black backpack";
    public static final String DISABLED_REASON = "Open or create a case to search it (Ctrl+O / Ctrl+N)";

    private final Consumer<String> onSearch;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanBinding enabled;
    private final BooleanBinding canSearch;
    private final StringBinding hint;
    private final StringBinding prompt;

    /** @param onSearch receives each submitted query, trimmed */
    public SearchViewModel(ObservableBooleanValue caseOpen, Consumer<String> onSearch) {
        this.onSearch = onSearch;
        this.enabled = Bindings.createBooleanBinding(caseOpen::get, caseOpen);
        this.canSearch = Bindings.createBooleanBinding(
                () -> caseOpen.get() && query.get() != null && !query.get().isBlank(), caseOpen, query);
        this.hint = Bindings.createStringBinding(
                () -> caseOpen.get() ? "Search this case by description (Enter)" : DISABLED_REASON, caseOpen);
        this.prompt = Bindings.createStringBinding(() -> caseOpen.get() ? PROMPT : DISABLED_REASON, caseOpen);
    }

    /** Submits the current query; returns whether it was submitted. */
    public boolean search() {
        if (!canSearch.get()) {
            return false;
        }
        onSearch.accept(query.get().strip());
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanBinding enabledProperty() {
        return enabled;
    }

    public BooleanBinding canSearchProperty() {
        return canSearch;
    }

    /** Placeholder text: an example query, or why searching is not possible yet. */
    public StringBinding promptProperty() {
        return prompt;
    }

    /** Tooltip text: what the bar does, or why it is disabled. */
    public StringBinding hintProperty() {
        return hint;
    }
}
