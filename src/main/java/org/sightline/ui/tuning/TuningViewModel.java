package org.sightline.ui.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.common.Problem;

/**
 * The "Tune prompts" dialog's state: task (attributes or description search), input, schema (attributes
 * only) and epochs; the run's epochs (for the chart, whose metric follows the task), before/after figures
 * and messages; and the open case's prompt packs with the active attribute pack and the active search
 * pack (which encodes the case's description-search queries). The run is a
 * background job in the shared runner (jobs panel: progress, cancel). With a case open the run is a job
 * of the case, saved after every epoch: cancelled, or interrupted by a crash or quitting, it is listed in
 * {@link #interruptedRuns()} and {@link #resume} continues it, chart included. Call its methods on the UI thread.
 */
public final class TuningViewModel {
    private final TuningPort port;
    private final JobRunner runner;
    private final Executor uiThread;
    private final Supplier<CaseStore> caseStore;
    private final ObservableList<InterruptedTuning> interruptedRuns = FXCollections.observableArrayList();
    private final ObjectProperty<TuningTask> task = new SimpleObjectProperty<>(TuningTask.ATTRIBUTES);
    private final StringBinding metricLabel = Bindings.createStringBinding(() -> taskOrDefault().metric(), task);
    private final StringBinding inputHint = Bindings.createStringBinding(() -> taskOrDefault().inputHint(), task);
    private final BooleanBinding schemaUsed = Bindings.createBooleanBinding(() -> taskOrDefault() == TuningTask.ATTRIBUTES, task);
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty schema = new SimpleStringProperty("peta-35");
    private final IntegerProperty epochCount = new SimpleIntegerProperty(30);
    private final ObservableList<TuningEpoch> epochs = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<TuningOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty beforeAfter = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty packName = new SimpleStringProperty("");
    private final ObservableList<String> attributePacks = FXCollections.observableArrayList();
    private final ObservableList<String> searchPacks = FXCollections.observableArrayList();
    private final StringProperty activePack = new SimpleStringProperty("");
    private final StringProperty searchPack = new SimpleStringProperty("");
    private final BooleanProperty caseOpen = new SimpleBooleanProperty();
    private final CaseWork caseRuns;
    private JobHandle<TuningOutcome> handle;

    /**
     * @param caseStore the open case, or null when none is open: runs then belong to it and can be resumed,
     *                  and its packs are listed
     */
    public TuningViewModel(TuningPort port, JobRunner runner, Executor uiThread, Supplier<CaseStore> caseStore) {
        this(port, runner, uiThread, caseStore, new CaseWork());
    }

    /** @param caseRuns where runs of a case are submitted, so closing the case cancels them (they stay resumable) */
    public TuningViewModel(TuningPort port, JobRunner runner, Executor uiThread, Supplier<CaseStore> caseStore,
                           CaseWork caseRuns) {
        this.port = port;
        this.runner = runner;
        this.uiThread = uiThread;
        this.caseStore = caseStore;
        this.caseRuns = caseRuns;
    }

    public void start() {
        if (running.get()) {
            return;
        }
        Path source = input.get() == null || input.get().isBlank() ? null : Path.of(input.get().strip());
        TuningTask chosen = taskOrDefault();
        String problem = TuningInputCheck.problem(chosen, source);
        if (problem != null) {
            message.set(problem);
            return;
        }
        if (epochCount.get() < 1) {
            message.set("Epochs must be at least 1, got " + epochCount.get());
            return;
        }
        epochs.clear();
        String schemaText = chosen != TuningTask.ATTRIBUTES || schema.get() == null ? "" : schema.get().strip();
        TuningRequest request = new TuningRequest(chosen, source, schemaText, epochCount.get());
        CaseStore store = caseStore.get();
        submit(store, "Tuning prompts on " + source.getFileName(), store == null ? port.tuning(request, this::epochFinished)
                : port.tuning(store, request, this::epochFinished), "Tuning on " + source.getFileName() + "… (progress and "
                + "cancel in the jobs panel" + (store == null ? ")" : "; saved in this case after each epoch)"));
    }

    /** Continues a saved run of the open case from its last finished epoch; the chart starts with its saved epochs. */
    public void resume(InterruptedTuning run) {
        CaseStore store = caseStore.get();
        if (running.get() || run == null || store == null) {
            return;
        }
        task.set(run.task());
        input.set(run.input());
        epochCount.set(run.epochs());
        epochs.setAll(run.finished());
        interruptedRuns.remove(run);
        submit(store, "Tuning prompts on " + Path.of(run.input()).getFileName() + " (resumed after epoch " + run.epochsDone() + ")",
                port.resume(store, run.jobId(), this::epochFinished),
                "Resuming after epoch " + run.epochsDone() + " of " + run.epochs() + "… (progress and cancel in the jobs panel)");
    }

    private void submit(CaseStore store, String title, Job<TuningOutcome> job, String startMessage) {
        outcome.set(null);
        beforeAfter.set("");
        message.set(startMessage);
        running.set(true);
        JobHandle<TuningOutcome> started = store == null ? runner.submit(title, job)
                : caseRuns.submit(runner, store, "tuning run", title, job);
        handle = started;
        started.result().whenComplete((result, failure) -> uiThread.execute(() -> finished(started, result, failure)));
    }

    /** Called on the job's thread; a resumed run first replays its saved epochs, which replace those shown. */
    private void epochFinished(TuningEpoch epoch) {
        uiThread.execute(() -> {
            if (!epochs.isEmpty() && epochs.getLast().epoch() >= epoch.epoch()) {
                epochs.removeIf(shown -> shown.epoch() >= epoch.epoch());
            }
            epochs.add(epoch);
        });
    }

    private void finished(JobHandle<TuningOutcome> of, TuningOutcome result, Throwable failure) {
        if (handle != of) {
            return;
        }
        running.set(false);
        boolean inCase = caseStore.get() != null;
        refreshInterrupted();
        if (failure != null) {
            message.set(Problem.isCancellation(failure)
                    ? "Cancelled before any epoch improved on the initial prompts: no pack was kept."
                            + (inCase && !interruptedRuns.isEmpty() ? " The run is saved in this case: resume it below." : "")
                    : "Tuning failed: " + Problem.reasonOf(failure));
            return;
        }
        refreshPacks();
        beforeAfter.set(result.beforeAfter());
        packName.set(CasePacks.nameFrom(input.get() == null ? "pack" : Path.of(input.get().strip()).getFileName().toString()));
        message.set(result.stoppedByCancel() ? "Cancelled: the best epoch so far (" + result.bestEpoch()
                + ") was kept. Add it to this case, or " + (inCase ? "resume the run to continue it." : "start again.")
                : result.task() == TuningTask.DESCRIPTION_SEARCH ? "Done. Add the pack to this case to encode its description searches with it."
                : "Done. Add the pack to this case to score with it.");
        outcome.set(result); // last, so its listeners see the before/after, pack name and message
    }

    public void cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
        }
    }

    /**
     * Saves the finished run's pack in the open case under {@link #packNameProperty()} and makes it active:
     * the active attribute pack, or for description search the case's search pack.
     */
    public void addToCase() {
        TuningOutcome done = outcome.get();
        CaseStore store = caseStore.get();
        if (done == null || store == null) {
            message.set(done == null ? "No finished tuning run to add" : "Open a case first");
            return;
        }
        String name = CasePacks.nameFrom(packName.get() == null ? "pack" : packName.get());
        try {
            CasePacks packs = new CasePacks(store);
            packs.add(name, done.pack(), port.base());
            boolean search = done.task() == TuningTask.DESCRIPTION_SEARCH;
            packs.setActive(search ? CasePacks.Role.SEARCH : CasePacks.Role.ATTRIBUTES, name);
            refreshPacks();
            message.set(search ? "Added pack '" + name + "' to this case as its search pack: description searches of this case "
                    + "encode the query with it."
                    : "Added pack '" + name + "' to this case and made it active; Attributes › Score new crops scores with it.");
        } catch (IOException | RuntimeException e) {
            message.set("Could not add the pack: " + Problem.reasonOf(e));
        }
    }

    /** Adds a pack file made elsewhere (e.g. by {@code sightline tune}); refused when tuned on another base model. */
    public void addPackFile(Path file) {
        CaseStore store = caseStore.get();
        if (store == null) {
            message.set("Open a case first");
            return;
        }
        String name = CasePacks.nameFrom(file.getFileName().toString());
        try {
            new CasePacks(store).add(name, PromptPackJson.read(file), port.base());
            refreshPacks();
            message.set("Added pack '" + name + "' (not active until you choose it)");
        } catch (IOException | RuntimeException e) {
            message.set("Could not add " + file + ": " + Problem.reasonOf(e));
        }
    }

    /** Makes {@code name} the case's active attribute pack; blank: none (the default attribute model scores). */
    public void setActivePack(String name) {
        setActive(CasePacks.Role.ATTRIBUTES, name, activePack, "No pack active: the default attribute model scores this case",
                "is active: Attributes › Score new crops scores with it");
    }

    /** Makes {@code name} the case's search pack (queries are encoded through it); blank: none (the plain search model). */
    public void setSearchPack(String name) {
        setActive(CasePacks.Role.SEARCH, name, searchPack, "No search pack: description search encodes queries with the plain model",
                "is the search pack: description searches of this case encode the query with it");
    }

    /**
     * A pack of the wrong kind for {@code role} is refused, the message saying where it belongs, and the choice shown
     * reverts (the choosers offer only the right kind; this guards a pack file changed since they were filled).
     */
    private void setActive(CasePacks.Role role, String name, StringProperty shown, String noneMessage, String activeMessage) {
        CaseStore store = caseStore.get();
        if (store == null) {
            return;
        }
        String wanted = name == null ? "" : name;
        CasePacks packs = new CasePacks(store);
        try {
            if (packs.active(role).orElse("").equals(wanted)) {
                shown.set(wanted);
                return;
            }
            packs.setActive(role, wanted.isBlank() ? null : wanted);
            shown.set(wanted);
            message.set(wanted.isBlank() ? noneMessage : "Pack '" + wanted + "' " + activeMessage);
        } catch (IOException | RuntimeException e) {
            message.set("Could not switch packs: " + Problem.reasonOf(e));
            try {
                shown.set(packs.active(role).orElse(""));
            } catch (RuntimeException unreadable) {
                shown.set("");
            }
        }
    }

    /** Re-reads the open case's packs and active pack (call when the dialog opens or the case may have changed). */
    public void refreshPacks() {
        CaseStore store = caseStore.get();
        caseOpen.set(store != null);
        try {
            CasePacks packs = store == null ? null : new CasePacks(store);
            attributePacks.setAll(packs == null ? java.util.List.of() : packs.names(CasePacks.Role.ATTRIBUTES, port.base()));
            searchPacks.setAll(packs == null ? java.util.List.of() : packs.names(CasePacks.Role.SEARCH, port.base()));
            activePack.set(packs == null ? "" : packs.active().orElse(""));
            searchPack.set(packs == null ? "" : packs.active(CasePacks.Role.SEARCH).orElse(""));
        } catch (IOException | RuntimeException e) {
            message.set("Could not list the case's packs: " + Problem.reasonOf(e));
        }
        refreshInterrupted();
    }

    /** Re-reads the open case's tuning runs that can be continued. */
    public void refreshInterrupted() {
        CaseStore store = caseStore.get();
        try {
            interruptedRuns.setAll(store == null ? java.util.List.of() : port.interrupted(store));
        } catch (RuntimeException e) {
            message.set("Could not list the case's interrupted tuning runs: " + Problem.reasonOf(e));
        }
    }

    /** The open case's tuning runs that can be continued (cancelled or interrupted), oldest first. */
    public ObservableList<InterruptedTuning> interruptedRuns() {
        return interruptedRuns;
    }

    private TuningTask taskOrDefault() {
        return task.get() == null ? TuningTask.ATTRIBUTES : task.get();
    }

    /** Attributes or description search; the input, schema and chart follow it. */
    public ObjectProperty<TuningTask> taskProperty() {
        return task;
    }

    /** The chart's validation series: "validation mA" or "validation R@1". */
    public StringBinding metricLabelProperty() {
        return metricLabel;
    }

    /** What the input field takes, for its placeholder. */
    public StringBinding inputHintProperty() {
        return inputHint;
    }

    /** Whether the schema applies (attributes only). */
    public BooleanBinding schemaUsedProperty() {
        return schemaUsed;
    }

    /** The case's search pack ("" for none). */
    public StringProperty searchPackProperty() {
        return searchPack;
    }

    public StringProperty inputProperty() {
        return input;
    }

    public StringProperty schemaProperty() {
        return schema;
    }

    public IntegerProperty epochCountProperty() {
        return epochCount;
    }

    public ObservableList<TuningEpoch> epochs() {
        return epochs;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<TuningOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty beforeAfterProperty() {
        return beforeAfter;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty packNameProperty() {
        return packName;
    }

    /** The case's packs the attribute-pack choice offers: with attribute heads, tuned on this app's base model. */
    public ObservableList<String> attributePacks() {
        return attributePacks;
    }

    /** The case's packs the search-pack choice offers: text prompts only, tuned on this app's base model. */
    public ObservableList<String> searchPacks() {
        return searchPacks;
    }

    public StringProperty activePackProperty() {
        return activePack;
    }

    public java.util.List<String> schemas() {
        return port.schemas();
    }

    /** Whether a case was open at the last {@link #refreshPacks()}. */
    public BooleanProperty caseOpenProperty() {
        return caseOpen;
    }
}
