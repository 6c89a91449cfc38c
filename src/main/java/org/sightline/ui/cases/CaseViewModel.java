package org.sightline.ui.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.common.Problem;

/**
 * The open case (at most one), its sources and the recent-cases list. Disk work runs as jobs on
 * the {@link JobRunner}; results come back through {@code uiThread}. Closing never blocks: the case
 * leaves the UI at once, its background work is asked to stop, and its store is closed off the UI
 * thread once that work stopped ({@link CaseClosings}); re-opening the folder waits for that.
 */
public final class CaseViewModel implements AutoCloseable {
    private final CaseGateway gateway;
    private final JobRunner jobs;
    private final Executor uiThread;
    private final ReadOnlyObjectWrapper<CaseStore> store = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<Path> recentCases = FXCollections.observableArrayList();
    private final ObservableList<Source> readOnlySources = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<Path> readOnlyRecentCases = FXCollections.unmodifiableObservableList(recentCases);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Source> selectedSource = new SimpleObjectProperty<>();
    private final ObservableMap<Long, String> sourceStatus = FXCollections.observableHashMap();
    private final List<Consumer<Source>> sourceAddedListeners = new CopyOnWriteArrayList<>();
    private final List<Function<CaseStore, Stopping>> closingListeners = new CopyOnWriteArrayList<>();
    private final CaseClosings closings = new CaseClosings();
    private final CaseWork sourceWrites = new CaseWork();
    private final ReadOnlyStringWrapper closingStatus = new ReadOnlyStringWrapper("");
    private java.time.Duration exitWait = java.time.Duration.ofSeconds(10);
    private final BooleanBinding open = store.isNotNull();
    private final StringBinding caseName = Bindings.createStringBinding(
            () -> store.get() == null ? "" : store.get().info().name(), store);
    private final StringBinding caseFolder = Bindings.createStringBinding(
            () -> store.get() == null ? "" : store.get().info().folder().toString(), store);

    public CaseViewModel(CaseGateway gateway, JobRunner jobs, Executor uiThread) {
        this.gateway = gateway;
        this.jobs = jobs;
        this.uiThread = uiThread;
    }

    public void refreshRecentCases() {
        try {
            recentCases.setAll(gateway.recentCases());
        } catch (RuntimeException failure) {
            problems.add(new Problem("Could not read the recent-cases list", Problem.reasonOf(failure)));
        }
    }

    public void createCase(Path folder, String name) {
        if (name == null || name.isBlank()) {
            problems.add(new Problem("Could not create case", "A case needs a name (folder: " + folder + ")"));
            return;
        }
        String trimmed = name.strip();
        runCaseJob("Creating case " + trimmed, folder, () -> gateway.create(folder, trimmed), "Could not create case");
    }

    public void openCase(Path folder) {
        CaseStore current = store.get();
        if (current != null && CaseClosings.key(current.info().folder()).equals(CaseClosings.key(folder))) {
            return;
        }
        runCaseJob("Opening case " + folder.getFileName(), folder, () -> gateway.open(folder), "Could not open case");
    }

    private void runCaseJob(String title, Path folder, Supplier<CaseStore> action, String failureTitle) {
        busy.set(true);
        JobHandle<OpenedCase> handle = jobs.submit(title, context -> {
            closings.awaitClosed(folder, context);
            context.progress(0, -1, "reading " + folder);
            CaseStore opened = action.get();
            return new OpenedCase(opened, opened.sources());
        });
        handle.result().whenComplete((opened, failure) -> uiThread.execute(() -> {
            busy.set(false);
            if (failure == null) {
                show(opened);
            } else if (!Problem.isCancellation(failure)) {
                problems.add(new Problem(failureTitle, "Folder: " + folder + "\n" + Problem.reasonOf(failure)));
            }
        }));
    }

    private void show(OpenedCase opened) {
        closeStore();
        store.set(opened.store());
        sources.setAll(opened.sources());
        refreshRecentCases();
    }

    public void closeCase() {
        closeStore();
        store.set(null);
        sources.clear();
        refreshRecentCases();
    }

    private void closeStore() {
        CaseStore current = store.get();
        if (current == null) {
            return;
        }
        selectedSource.set(null);
        sourceStatus.clear();
        List<Stopping> work = new java.util.ArrayList<>();
        closingListeners.forEach(listener -> work.add(listener.apply(current)));
        work.add(sourceWrites.stop(current));
        String stopping = String.join(", ", work.stream().map(Stopping::what).filter(w -> !w.isEmpty()).toList());
        String shown = "Closing " + current.info().name() + (stopping.isEmpty() ? "…" : ": stopping " + stopping + "…");
        closingStatus.set(shown);
        Path folder = current.info().folder();
        closings.close(current, work).thenAccept(outcome -> uiThread.execute(() -> closed(outcome, folder, shown, stopping)));
    }

    private void closed(CaseClosings.Outcome outcome, Path folder, String shown, String stopping) {
        if (closingStatus.get().equals(shown)) {
            closingStatus.set("");
        }
        if (!outcome.workStopped()) {
            problems.add(new Problem("Case closed before its background work stopped", "Folder: " + folder
                    + "\n" + stopping + " did not stop in time; what they saved stays, and an unsaved batch is redone "
                    + "when the case is opened again"));
        }
        if (outcome.closeFailure() != null) {
            problems.add(new Problem("Could not close case cleanly", "Folder: " + folder + "\n"
                    + Problem.reasonOf(outcome.closeFailure())));
        }
    }

    /**
     * Registers a video file, image folder or person gallery in the open case, then reloads the source
     * list. The returned stage completes on the UI thread with the new source once the list shows it, or
     * exceptionally when it could not be added (the problem is reported here already).
     */
    public CompletionStage<Source> addSource(SourceKind kind, Path path) {
        CompletableFuture<Source> added = new CompletableFuture<>();
        CaseStore target = store.get();
        if (target == null) {
            problems.add(new Problem("Could not add source", "No case is open (source: " + path + ")"));
            added.completeExceptionally(new IllegalStateException("No case is open (source: " + path + ")"));
            return added;
        }
        JobHandle<AddedSource> handle = sourceWrites.submit(jobs, target, "", "Adding " + path.getFileName(),
                context -> new AddedSource(target.addSource(kind, path), target.sources()));
        handle.result().whenComplete((result, failure) -> uiThread.execute(() -> {
            if (failure == null && store.get() == target) {
                sources.setAll(result.all());
                sourceAddedListeners.forEach(listener -> listener.accept(result.source()));
                added.complete(result.source());
            } else if (failure != null && !Problem.isCancellation(failure)) {
                problems.add(new Problem("Could not add source", "Path: " + path + "\n" + Problem.reasonOf(failure)));
                added.completeExceptionally(failure);
            } else {
                added.completeExceptionally(failure != null ? failure
                        : new IllegalStateException("The case was closed while adding " + path));
            }
        }));
        return added;
    }

    public ReadOnlyObjectProperty<CaseStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public StringBinding caseNameProperty() {
        return caseName;
    }

    public StringBinding caseFolderProperty() {
        return caseFolder;
    }

    public ObservableList<Source> sources() {
        return readOnlySources;
    }

    public ObservableList<Path> recentCases() {
        return readOnlyRecentCases;
    }

    /** Problems not yet shown to the user; the view removes each one it has shown. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The source picked in the sidebar (shown in the viewer), or null. */
    public ObjectProperty<Source> selectedSourceProperty() {
        return selectedSource;
    }

    /** One line per source id saying what it holds or how its ingest goes; shown under the source. */
    public ObservableMap<Long, String> sourceStatus() {
        return sourceStatus;
    }

    /** Called on the UI thread with each source the user added, once it is registered. */
    public void onSourceAdded(Consumer<Source> listener) {
        sourceAddedListeners.add(listener);
    }

    /**
     * Called on the UI thread as a case closes: the listener asks the case's background work to stop
     * and says what it stopped; the store is closed once that has (or after a bounded wait).
     */
    public void onClosing(Function<CaseStore, Stopping> listener) {
        closingListeners.add(listener);
    }

    /** "Closing Harbour: stopping 1 ingest…" while a closed case's work stops; empty otherwise. */
    public ReadOnlyStringProperty closingStatusProperty() {
        return closingStatus.getReadOnlyProperty();
    }

    /** Whether the case in {@code folder} is still being closed (its store not yet released). */
    public boolean isClosing(Path folder) {
        return closings.closing(folder);
    }

    /** How long a closing case waits for its work to stop, and how long {@link #close()} waits at exit. */
    void stopWaits(java.time.Duration caseClose, java.time.Duration exit) {
        closings.stopWait(caseClose);
        exitWait = exit;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** At exit: closes the open case, then waits (bounded) for every closing store; never hangs. */
    @Override
    public void close() {
        closeStore();
        store.set(null);
        closings.finish(exitWait);
        closings.close();
    }

    private record AddedSource(Source source, List<Source> all) {
    }

    private record OpenedCase(CaseStore store, List<Source> sources) {
    }
}
