package org.sightline.ui.identities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.identity.GroupingResult;
import org.sightline.core.pipeline.identity.IdentityEditor;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;

/**
 * The case's identities (people) as a gallery, most seen first. Merging two and splitting a track
 * out of one run as jobs that save the correction with {@link IdentityEditor} (so every later
 * regroup keeps it) and then reload the gallery. Closing the case cancels a correction not yet started
 * and waits for one being saved ({@link #stop}).
 */
public final class IdentitiesViewModel {
    public static final String AUTHOR = System.getProperty("user.name", "investigator");

    private final JobRunner jobs;
    private final Executor background;
    private final Executor uiThread;
    private final ObservableList<Problem> problems;
    private final ObservableList<IdentitySummary> identities = FXCollections.observableArrayList();
    private final ObservableList<IdentitySummary> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<IdentitySummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final CaseWork corrections = new CaseWork();
    private CaseStore store;

    /**
     * @param jobs       runs corrections (shown in the jobs panel)
     * @param background runs quick reads of the case
     * @param problems   where failures are reported for the user
     */
    public IdentitiesViewModel(JobRunner jobs, Executor background, Executor uiThread, ObservableList<Problem> problems) {
        this.jobs = jobs;
        this.background = background;
        this.uiThread = uiThread;
        this.problems = problems;
    }

    /** Shows the identities of {@code opened} (null: none). */
    public CompletableFuture<Void> show(CaseStore opened) {
        store = opened;
        chosen.clear();
        selected.set(null);
        identities.clear();
        summary.set(opened == null ? "" : "loading…");
        return opened == null ? CompletableFuture.completedFuture(null) : refresh();
    }

    /** Reloads the identities; keeps the selection where the identity still exists. */
    public CompletableFuture<Void> refresh() {
        CaseStore target = store;
        if (target == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> new Footage(target).identities(), background).whenComplete((loaded, failure) -> uiThread.execute(() -> {
                    if (target == store) {
                        if (failure == null) {
                            apply(loaded);
                        } else {
                            // Said in the gallery's header, not a dialog: the rest of the case stays usable.
                            identities.clear();
                            summary.set("could not load the people: " + Problem.reasonOf(failure));
                        }
                    }
                    done.complete(null);
                }));
        return done;
    }

    private void apply(List<IdentitySummary> loaded) {
        Map<Long, IdentitySummary> byId = loaded.stream().collect(Collectors.toMap(IdentitySummary::id,
                Function.identity()));
        List<IdentitySummary> keptChoice = chosen.stream().map(i -> byId.get(i.id())).filter(i -> i != null).toList();
        IdentitySummary keptSelection = selected.get() == null ? null : byId.get(selected.get().id());
        identities.setAll(loaded);
        chosen.setAll(keptChoice);
        selected.set(keptSelection);
        int detections = loaded.stream().mapToInt(IdentitySummary::detections).sum();
        summary.set(loaded.isEmpty() ? "no people grouped yet" : loaded.size() + " people · " + detections + " detections");
    }

    /** The identities picked in the gallery (the view's selection): the first is the selected one. */
    public void choose(List<IdentitySummary> picked) {
        chosen.setAll(picked);
        selected.set(picked.isEmpty() ? null : picked.getLast());
    }

    public boolean canMerge() {
        return chosen.size() == 2 && !busy.get();
    }

    /** Merges the two chosen identities into one person. */
    public CompletableFuture<Void> mergeChosen() {
        if (chosen.size() != 2) {
            problems.add(new Problem("Cannot merge", "Select exactly two people to merge (Ctrl+click), then press M"));
            return CompletableFuture.completedFuture(null);
        }
        long a = chosen.get(0).id();
        long b = chosen.get(1).id();
        return correct("Merging people " + a + " and " + b, editor -> editor.merge(a, b, AUTHOR),
                "Could not merge people " + a + " and " + b);
    }

    /** Takes track {@code trackId} out of its identity: it does not show that person. */
    public CompletableFuture<Void> split(long trackId) {
        return correct("Splitting track " + trackId + " out", editor -> editor.split(trackId, AUTHOR),
                "Could not split track " + trackId + " out");
    }

    private CompletableFuture<Void> correct(String title, Function<IdentityEditor, GroupingResult> change,
                                            String failureTitle) {
        CaseStore target = store;
        if (target == null) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        CompletableFuture<Void> done = new CompletableFuture<>();
        corrections.submit(jobs, target, "identity edit", title,
                        context -> change.apply(new IdentityEditor(target, new IdentityGrouping())))
                .result().whenComplete((result, failure) -> uiThread.execute(() -> {
                    busy.set(false);
                    if (failure != null && !Problem.isCancellation(failure)) {
                        problems.add(new Problem(failureTitle, Problem.reasonOf(failure)));
                    }
                    refresh().whenComplete((v, f) -> done.complete(null));
                }));
        return done;
    }

    /** Closing listener: cancels {@code closing}'s corrections; the stage completes once none runs. */
    public Stopping stop(CaseStore closing) {
        return corrections.stop(closing);
    }

    /** The tracks of {@code identity}, for choosing one to split out; completes on the UI thread. */
    public CompletableFuture<List<TrackChoice>> loadTracks(IdentitySummary identity) {
        CompletableFuture<List<TrackChoice>> loaded = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> tracksOf(identity), background).whenComplete((tracks, failure) ->
                uiThread.execute(() -> {
                    if (failure != null) {
                        problems.add(new Problem("Could not list the tracks of person " + identity.id(),
                                Problem.reasonOf(failure)));
                        loaded.complete(List.of());
                    } else {
                        loaded.complete(tracks);
                    }
                }));
        return loaded;
    }

    /** Says that a person seen in one track only has nothing to split off. */
    public void reportNothingToSplit(IdentitySummary identity) {
        problems.add(new Problem("Nothing to split", "Person " + identity.id() + " is seen in one track only; "
                + "a split takes one of several tracks out of a person"));
    }

    /** The tracks of {@code identity}; reads the case (call off the UI thread). */
    public List<TrackChoice> tracksOf(IdentitySummary identity) {
        CaseStore target = store;
        if (target == null) {
            return List.of();
        }
        Map<Long, String> labels = target.sources().stream().collect(Collectors.toMap(Source::id, Source::label));
        Map<Long, List<Appearance>> byTrack = new LinkedHashMap<>();
        for (Appearance seen : new Footage(target).appearances(identity.id())) {
            if (seen.trackId().isPresent()) {
                byTrack.computeIfAbsent(seen.trackId().getAsLong(), t -> new ArrayList<>()).add(seen);
            }
        }
        List<TrackChoice> tracks = new ArrayList<>();
        byTrack.forEach((track, seen) -> tracks.add(new TrackChoice(track, labels.getOrDefault(seen.getFirst().sourceId(),
                "source " + seen.getFirst().sourceId()), seen.size(), seen.getFirst().frameIndex(), seen.getLast().frameIndex())));
        return tracks;
    }

    public ObservableList<IdentitySummary> identities() {
        return identities;
    }

    /** The identities currently picked (up to the view's selection). */
    public ObservableList<IdentitySummary> chosen() {
        return chosen;
    }

    /** The identity last picked: its appearances show in the timeline. */
    public ObjectProperty<IdentitySummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a merge or split is being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
