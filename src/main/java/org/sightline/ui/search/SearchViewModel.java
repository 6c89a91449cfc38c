package org.sightline.ui.search;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.attributes.store.AttributeFilter;
import org.sightline.core.vl.search.SearchHit;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/**
 * The description search: a query and optional attribute filter, run off the UI thread through a
 * {@link SearchPort}; ranked results shown above a similarity threshold (the slider filters the last
 * results at once, without searching again); the case's query history; "more like this" from any
 * result; and the selected result's detection, which the inspector and viewer bind to.
 */
public final class SearchViewModel {
    public static final String PROMPT = "Describe a person, e.g. woman in a red coat with a black backpack";
    public static final String DISABLED_REASON = "Open or create a case to search it (Ctrl+O / Ctrl+N)";
    /** Results fetched per query; the threshold then filters them. */
    public static final int FETCH = 200;

    private final Consumer<String> onSearch;
    private final SearchPort port;
    private final Executor background;
    private final Executor ui;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final DoubleProperty threshold = new SimpleDoubleProperty(-1);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<SearchResultItem> results = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedDetection = new SimpleObjectProperty<>();
    private final BooleanBinding enabled;
    private final BooleanBinding canSearch;
    private final StringBinding hint;
    private final StringBinding prompt;
    private List<SearchResultItem> all = List.of();
    private long generation;

    /** A bar without search behind it: hands each submitted query to {@code onSearch}. */
    public SearchViewModel(ObservableBooleanValue caseOpen, Consumer<String> onSearch) {
        this(caseOpen, onSearch, null, Runnable::run, Runnable::run);
    }

    /**
     * @param background runs searches (e.g. the job runner's pool); {@code ui} runs their results on the
     *                   JavaFX thread ({@code Platform::runLater})
     */
    public SearchViewModel(ObservableBooleanValue caseOpen, SearchPort port, Executor background, Executor ui) {
        this(caseOpen, null, port, background, ui);
    }

    private SearchViewModel(ObservableBooleanValue caseOpen, Consumer<String> onSearch, SearchPort port, Executor background,
                            Executor ui) {
        this.onSearch = onSearch;
        this.port = port;
        this.background = background;
        this.ui = ui;
        this.enabled = Bindings.createBooleanBinding(caseOpen::get, caseOpen);
        this.canSearch = Bindings.createBooleanBinding(
                () -> caseOpen.get() && !running.get() && query.get() != null && !query.get().isBlank(), caseOpen, query, running);
        this.hint = Bindings.createStringBinding(
                () -> caseOpen.get() ? "Search this case by description (Enter)" : DISABLED_REASON, caseOpen);
        this.prompt = Bindings.createStringBinding(() -> caseOpen.get() ? PROMPT : DISABLED_REASON, caseOpen);
        threshold.addListener((obs, old, now) -> showAboveThreshold());
    }

    /** Submits the current query; returns whether it was submitted. */
    public boolean search() {
        if (!canSearch.get()) {
            return false;
        }
        String text = query.get().strip();
        if (port == null) {
            onSearch.accept(text);
            return true;
        }
        AttributeFilter parsed;
        try {
            parsed = AttributeFilter.parse(filter.get(), null);
        } catch (IllegalArgumentException e) {
            status.set("Filter: " + e.getMessage());
            return false;
        }
        run(new SearchRequest(text, null, FETCH, -1, null, null, true), parsed, "“" + text + "”");
        return true;
    }

    /** Searches for people who look like the detection of a result. */
    public boolean moreLikeThis(long detectionId) {
        if (port == null || running.get() || !enabled.get()) {
            return false;
        }
        run(new SearchRequest(null, detectionId, FETCH, -1, null, null, false), new AttributeFilter(List.of()),
                "people like detection " + detectionId);
        return true;
    }

    /** Runs a query from the history. */
    public boolean searchAgain(String pastQuery) {
        query.set(pastQuery);
        return search();
    }

    public void select(SearchResultItem item) {
        selectedDetection.set(item == null ? null : item.detectionId());
    }

    /** Loads the case's history (call when a case opens). */
    public void refreshHistory() {
        if (port == null) {
            return;
        }
        background.execute(() -> {
            List<String> past = port.history();
            ui.execute(() -> history.setAll(past));
        });
    }

    /** Hides the results, keeping the query and history; a search still running is forgotten (or was cancelled). */
    public void closeResults() {
        generation++;
        running.set(false);
        all = List.of();
        results.clear();
        status.set("");
    }

    /** Forgets results and history (call when the case closes). */
    public void clear() {
        closeResults();
        history.clear();
        selectedDetection.set(null);
    }

    private void run(SearchRequest base, AttributeFilter parsed, String what) {
        long mine = ++generation;
        running.set(true);
        status.set("Searching for " + what + "…");
        background.execute(() -> {
            try {
                SearchRequest request = base;
                if (!parsed.conditions().isEmpty()) {
                    String predictor = port.filterPredictor().orElseThrow(() -> new IllegalStateException(
                            "the case has no attribute scores to filter on; run attribute prediction first"));
                    request = request.withFilter(parsed, predictor);
                }
                SearchResults found = port.search(request);
                String pack = port.searchPack().map(name -> "Search pack '" + name + "' · ").orElse("");
                List<SearchResultItem> items = new java.util.ArrayList<>();
                int rank = 1;
                for (SearchHit hit : found.hits()) {
                    items.add(new SearchResultItem(rank++, hit.detectionId(), hit.score(), hit.similarity(),
                            port.thumbnail(hit.detectionId())));
                }
                List<String> past = port.history();
                ui.execute(() -> finished(mine, items, found, past, what, pack));
            } catch (Exception e) {
                ui.execute(() -> failed(mine, e));
            }
        });
    }

    /** {@code pack} names the search pack that encoded the query ("" for none), first in the status so it is seen. */
    private void finished(long mine, List<SearchResultItem> items, SearchResults found, List<String> past, String what,
                          String pack) {
        if (mine != generation) {
            return;
        }
        running.set(false);
        all = List.copyOf(items);
        history.setAll(past);
        showAboveThreshold();
        String notes = found.notes().isEmpty() ? "" : " — " + String.join("; ", found.notes());
        status.set(pack + String.format(Locale.ROOT, "%d results for %s (%s, %d of %d detections searched)%s", results.size(),
                what, found.model().modelId(), found.searched(), found.detections(), notes));
    }

    private void failed(long mine, Exception e) {
        if (mine != generation) {
            return;
        }
        running.set(false);
        status.set("Search failed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    }

    private void showAboveThreshold() {
        double t = threshold.get();
        results.setAll(all.stream().filter(item -> item.similarity() >= t).toList());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Attribute conditions, e.g. {@code personalFemale >= 0.6 AND carryingBackpack >= 0.5}; empty for none. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Minimum cosine similarity of shown results, in [-1, 1]. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Results at or above the threshold, best first. */
    public ObservableList<SearchResultItem> results() {
        return results;
    }

    public ObservableList<String> history() {
        return history;
    }

    /** The detection of the clicked result; the lead binds the inspector and viewer to it. */
    public ReadOnlyObjectProperty<Long> selectedDetectionProperty() {
        return selectedDetection;
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
