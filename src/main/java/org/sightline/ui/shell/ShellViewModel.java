package org.sightline.ui.shell;

import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelDownloader;
import org.sightline.core.models.ModelStore;
import org.sightline.ui.models.ModelsViewModel;
import org.sightline.ui.search.CaseSearchPorts;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sightline.ui.cases.CaseViewModel;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.footage.FootageFeature;
import org.sightline.ui.inspector.InspectorViewModel;
import org.sightline.ui.jobs.FxJobsAdapter;
import org.sightline.ui.jobs.JobsViewModel;
import org.sightline.ui.search.SearchViewModel;
import org.sightline.ui.viewer.ViewerViewModel;

/** The main window's state: one view model per feature, plus the status line. */
public final class ShellViewModel implements AutoCloseable {
    private final CaseViewModel cases;
    private final JobsViewModel jobs;
    private final FxJobsAdapter jobsAdapter;
    private final SearchViewModel search;
    private final ViewerViewModel viewer;
    private final InspectorViewModel inspector;
    private final ExecutorService caseIo = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("sightline-case-io").factory());
    private final PeopleWorkspace people;
    private final FootageFeature footage;
    private final StringProperty statusMessage = new SimpleStringProperty("Ready");
    private final StringBinding deviceText;
    private final StringBinding windowTitle;
    private final ShellServices services;
    private final CaseSearchPorts searchPorts;
    private final Executor uiThread;
    /** Description searches and lookups of the open case; closing it waits for them. */
    private final CaseWork caseReads = new CaseWork();
    /** Tuning runs of a case, from any "Tune prompts" dialog: closing the case cancels them (they stay resumable). */
    private final CaseWork tuningRuns = new CaseWork();

    /** @param uiThread runs work on the UI thread (Platform::runLater in the app, direct in tests) */
    public ShellViewModel(ShellServices services, Executor uiThread) {
        this.services = services;
        this.uiThread = uiThread;
        this.cases = new CaseViewModel(services.cases(), services.jobs(), uiThread);
        this.jobs = new JobsViewModel(FxJobsAdapter.cancellerFor(services.jobs()));
        this.jobsAdapter = new FxJobsAdapter(services.jobs(), jobs, uiThread).start();
        this.searchPorts = services.searchPorts() == null ? null : new CaseSearchPorts(services.searchPorts(), services.jobs());
        this.search = searchPorts == null
                ? new SearchViewModel(cases.openProperty(), query -> statusMessage.set(
                        "Description search is not available in this build (query: “" + query + "”)"))
                : new SearchViewModel(cases.openProperty(), searchPorts, this::searchInBackground, uiThread);
        this.viewer = new ViewerViewModel(cases.openProperty(), cases.sources());
        this.people = new PeopleWorkspace(services, cases, caseIo, uiThread, statusMessage::set);
        this.inspector = people.inspector();
        this.footage = new FootageFeature(cases, inspector, services.jobs(), services.engines(), uiThread);
        search.selectedDetectionProperty().addListener((obs, old, detection) -> {
            if (detection != null) {
                people.gallery().select(detection);
                showInViewer(detection);
            }
        });
        cases.storeProperty().addListener((obs, old, store) -> {
            if (searchPorts != null) {
                search.clear();
                searchPorts.caseChanged(store);
                if (store != null) {
                    search.refreshHistory();
                    embedForSearch(store);
                }
            }
        });
        if (searchPorts != null) {
            footage.onFootageChanged(() -> embedForSearch(cases.storeProperty().get()));
            cases.onClosing(store -> searchPorts.stopEmbedding(store)
                    .map(stopped -> org.sightline.ui.cases.Stopping.of(1, "search embedding", stopped))
                    .orElseGet(org.sightline.ui.cases.Stopping::nothing));
        }
        if (services.engines() != null) {
            // Imports and ingest belong to the footage feature; attributes are scored once they end.
            people.jobs().leaveImportsToIngest();
            footage.onFootageChanged(people.jobs()::predictAttributes);
        }
        this.deviceText = Bindings.createStringBinding(
                () -> "Compute: " + services.computeDevice().get(), services.computeDevice());
        this.windowTitle = Bindings.createStringBinding(() -> cases.openProperty().get()
                ? cases.caseNameProperty().get() + " — Sightline" : "Sightline", cases.openProperty(), cases.caseNameProperty());
        cases.storeProperty().addListener((obs, old, store) -> statusMessage.set(store != null
                ? "Opened case “" + store.info().name() + "” — " + store.info().folder()
                : cases.closingStatusProperty().get().isEmpty() ? "Case closed" : cases.closingStatusProperty().get()));
        cases.closingStatusProperty().addListener((obs, old, closing) -> {
            if (!closing.isEmpty()) {
                statusMessage.set(closing);
            } else if (old.equals(statusMessage.get())) {
                statusMessage.set("Case closed");
            }
        });
        cases.storeProperty().addListener((obs, old, store) -> announceInterruptedTuning(store));
        cases.onClosing(store -> Stopping.all(List.of(tuningRuns.stop(store), caseReads.stop(store))));
        cases.refreshRecentCases();
    }

    /** Crops of the case without a vector of the search model are embedded in the background (checked off the UI thread). */
    private void embedForSearch(CaseStore store) {
        if (store != null && searchPorts != null) {
            caseIo.execute(() -> searchPorts.embedMissing(store));
        }
    }

    /** Interrupted tuning runs are not resumed unasked (minutes of work the user may have cancelled): the status line points to them. */
    private void announceInterruptedTuning(CaseStore store) {
        if (store == null) {
            return;
        }
        caseReads.submit(services.jobs(), store, "", "Looking for interrupted tuning runs in " + store.info().name(),
                context -> services.tuning().interrupted(store)).result().thenAccept(runs -> uiThread.execute(() -> {
                    if (!runs.isEmpty() && cases.storeProperty().get() == store) {
                        statusMessage.set(statusMessage.get() + " · " + runs.size() + " interrupted tuning run"
                                + (runs.size() == 1 ? "" : "s") + ": Attributes › Tune prompts… to resume");
                    }
                }));
    }

    /** Runs a description search (or history read) of the open case as a job that closing the case waits for. */
    private void searchInBackground(Runnable search) {
        CaseStore open = cases.storeProperty().get();
        org.sightline.core.jobs.Job<Object> job = context -> {
            search.run();
            return null;
        };
        if (open == null) {
            services.jobs().submit("Searching by description", job);
        } else {
            caseReads.submit(services.jobs(), open, "description search", "Searching by description", job);
        }
    }

    /** A search result from a video or frame folder also opens at its frame in the viewer. */
    private void showInViewer(long detectionId) {
        CaseStore store = cases.storeProperty().get();
        if (store == null) {
            return;
        }
        caseIo.execute(() -> new Footage(store).detection(detectionId).ifPresent(row -> {
            boolean framed = store.source(row.sourceId()).map(source -> source.kind() != SourceKind.IMAGE_GALLERY)
                    .orElse(false);
            if (framed) {
                uiThread.execute(() -> footage.open(row));
            }
        }));
    }

    /** A fresh Models dialog model over the application's model store and settings. */
    public ModelsViewModel models() {
        AppPaths paths = AppPaths.fromEnvironment();
        ModelStore store = ModelStore.forApp(paths);
        return new ModelsViewModel(store, ModelDownloader.withDefaultClient(store), services.jobs(), uiThread, paths);
    }

    /** A fresh view model for the "Tune prompts" dialog, over the open case (if any) at each use. */
    public org.sightline.ui.tuning.TuningViewModel tuning() {
        return new org.sightline.ui.tuning.TuningViewModel(services.tuning(), services.jobs(), uiThread,
                () -> cases.storeProperty().get(), tuningRuns);
    }

    public javafx.beans.value.ObservableStringValue computeDevice() {
        return services.computeDevice();
    }

    public CaseViewModel cases() {
        return cases;
    }

    public JobsViewModel jobs() {
        return jobs;
    }

    public SearchViewModel search() {
        return search;
    }

    public ViewerViewModel viewer() {
        return viewer;
    }

    /** The crop grid, attribute bars, annotation and the attribute jobs of the open case. */
    public PeopleWorkspace people() {
        return people;
    }

    /** Frames, timeline, people, "find this person" and ingest of the open case. */
    public FootageFeature footage() {
        return footage;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public StringBinding deviceTextProperty() {
        return deviceText;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /** Closes the open case and stops listening to the job runner (which the caller owns). */
    @Override
    public void close() {
        jobsAdapter.close();
        cases.close();
        footage.close();
        caseIo.shutdown();
    }
}
