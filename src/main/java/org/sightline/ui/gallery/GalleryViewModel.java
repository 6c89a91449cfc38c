package org.sightline.ui.gallery;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.attributes.store.AttributeFilter;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.AttributeSearch;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.common.Problem;

/**
 * The central crop grid: every detection of the open case, narrowed by the attribute filter (run by
 * {@link AttributeSearch} on {@code background}; while one search runs, edits coalesce into one more).
 */
public final class GalleryViewModel {
    private final Executor background;
    private final Executor uiThread;
    private final Consumer<Problem> problems;
    private final GalleryFilterViewModel filter = new GalleryFilterViewModel();
    private final ObservableList<CaseDetections.Row> items = FXCollections.observableArrayList();
    private final ObjectProperty<CaseDetections.Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final StringBinding countText = Bindings.createStringBinding(() -> total.get() == 0 ? ""
            : filter.conditions().isEmpty() ? String.format("%,d person crops", total.get())
            : String.format("%,d of %,d person crops", items.size(), total.get()), items, total, filter.conditions());
    private Map<Long, CaseDetections.Row> rows = Map.of();
    private CaseStore store;
    private String predictorId = "";
    private boolean searchPending;

    public GalleryViewModel(Executor background, Executor uiThread, Consumer<Problem> problems) {
        this.background = background;
        this.uiThread = uiThread;
        this.problems = problems;
        filter.queryTextProperty().addListener((obs, old, now) -> refilter());
    }

    /** Lists the detections of {@code caseStore} (null: none open) and applies the filter. */
    public void load(CaseStore caseStore) {
        store = caseStore;
        if (caseStore == null) {
            rows = Map.of();
            total.set(0);
            items.clear();
            selected.set(null);
            return;
        }
        background.execute(() -> {
            try {
                List<CaseDetections.Row> all = new CaseDetections(caseStore).all();
                List<PredictorInfo> predictors = new AttributePredictions(caseStore).predictors();
                uiThread.execute(() -> {
                    if (store != caseStore) {
                        return;
                    }
                    Map<Long, CaseDetections.Row> byId = new LinkedHashMap<>();
                    all.forEach(row -> byId.put(row.detectionId(), row));
                    rows = byId;
                    predictorId = predictors.isEmpty() ? "" : predictors.getFirst().id();
                    total.set(all.size());
                    refilter();
                });
            } catch (RuntimeException failure) {
                uiThread.execute(() -> problems.accept(new Problem("Could not list the case's people",
                        caseStore.info().folder() + "\n" + Problem.reasonOf(failure))));
            }
        });
    }

    /** Reloads the case's detections (after an import or scoring finished), keeping the filter. */
    public void reload() {
        load(store);
    }

    /** Runs the filter again (after corrections changed what it matches). */
    public void refilter() {
        AttributeFilter parsed;
        try {
            parsed = filter.filter();
            filterError.set("");
        } catch (IllegalArgumentException bad) {
            filterError.set(bad.getMessage());
            return;
        }
        if (parsed.conditions().isEmpty()) {
            show(null);
            return;
        }
        if (searching.get()) {
            searchPending = true;
            return;
        }
        CaseStore target = store;
        if (target == null) {
            return;
        }
        searching.set(true);
        String predictor = predictorId;
        background.execute(() -> {
            try {
                Set<Long> found = new HashSet<>(new AttributeSearch(target).find(parsed, predictor));
                uiThread.execute(() -> searchDone(target, found));
            } catch (RuntimeException failure) {
                uiThread.execute(() -> {
                    searchDone(target, null);
                    problems.accept(new Problem("Could not filter the gallery", parsed + "\n" + Problem.reasonOf(failure)));
                });
            }
        });
    }

    private void searchDone(CaseStore target, Set<Long> found) {
        searching.set(false);
        if (searchPending) {
            searchPending = false;
            refilter();
        } else if (store == target && found != null) {
            show(found);
        }
    }

    private void show(Set<Long> matching) {
        items.setAll(rows.values().stream().filter(row -> matching == null || matching.contains(row.detectionId()))
                .toList());
    }

    /** Selects the detection with this id (also one the filter hides), or nothing when unknown. */
    public void select(long detectionId) {
        selected.set(rows.get(detectionId));
    }

    /** Moves the selection {@code delta} places through the shown crops (from the first when none is selected). */
    public void move(int delta) {
        if (items.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : items.indexOf(selected.get());
        int next = at < 0 ? 0 : Math.max(0, Math.min(items.size() - 1, at + delta));
        selected.set(items.get(next));
    }

    public GalleryFilterViewModel filter() {
        return filter;
    }

    public ObservableList<CaseDetections.Row> items() {
        return items;
    }

    public ObjectProperty<CaseDetections.Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public String predictorId() {
        return predictorId;
    }

    public CaseStore store() {
        return store;
    }
}
