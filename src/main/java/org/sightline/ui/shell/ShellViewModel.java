package org.sightline.ui.shell;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sightline.ui.cases.CaseViewModel;
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
    private final InspectorViewModel inspector = new InspectorViewModel();
    private final FootageFeature footage;
    private final StringProperty statusMessage = new SimpleStringProperty("Ready");
    private final StringBinding deviceText;
    private final StringBinding windowTitle;

    /** @param uiThread runs work on the UI thread (Platform::runLater in the app, direct in tests) */
    public ShellViewModel(ShellServices services, Executor uiThread) {
        this.cases = new CaseViewModel(services.cases(), services.jobs(), uiThread);
        this.jobs = new JobsViewModel(FxJobsAdapter.cancellerFor(services.jobs()));
        this.jobsAdapter = new FxJobsAdapter(services.jobs(), jobs, uiThread).start();
        this.search = new SearchViewModel(cases.openProperty(), query -> statusMessage.set(
                "Description search is not available in this build yet (query: “" + query + "”)"));
        this.viewer = new ViewerViewModel(cases.openProperty(), cases.sources());
        this.footage = new FootageFeature(cases, inspector, services.jobs(), services.engines(), uiThread);
        this.deviceText = Bindings.createStringBinding(
                () -> "Compute: " + services.computeDevice().get(), services.computeDevice());
        this.windowTitle = Bindings.createStringBinding(() -> cases.openProperty().get()
                ? cases.caseNameProperty().get() + " — Sightline" : "Sightline", cases.openProperty(), cases.caseNameProperty());
        cases.storeProperty().addListener((obs, old, store) -> statusMessage.set(store == null
                ? "Case closed" : "Opened case “" + store.info().name() + "” — " + store.info().folder()));
        cases.refreshRecentCases();
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
    }
}
