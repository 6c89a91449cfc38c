package org.sightline.ui.find;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.PersonMatch;
import org.sightline.core.cases.footage.PersonSearch;
import org.sightline.core.cases.footage.PersonSearchCache;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.pipeline.SessionEmbedders;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;

/**
 * "Find this person": ranks every detection of the case, across all its sources, by re-ID
 * similarity to a detection of the case or to a picture file (embedded with the case's model
 * through the session's re-ID model). Runs as a job; opening a match shows it in the viewer and
 * inspector. The case's vectors stay loaded between queries until the case changes or closes.
 */
public final class FindViewModel {
    public static final int TOP = 60;
    public static final String NOTHING = "Find a person: select a box and press F, or choose a picture";

    private final JobRunner jobs;
    private final SessionEmbedders embedders;
    private final PersonSearchCache searches = new PersonSearchCache();
    private final Executor uiThread;
    private final Consumer<DetectionRow> opener;
    private final ObservableList<Problem> problems;
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(NOTHING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final CaseWork queries = new CaseWork();
    private CaseStore store;

    /** A ranked match with the label of its source, for display. */
    public record Match(int rank, PersonMatch match, String sourceLabel) {
        public DetectionRow detection() {
            return match.detection();
        }
    }

    /**
     * @param embedders embeds query pictures, the caller closing it; null where no model is available (then
     *                  only detection queries work)
     * @param opener    shows a detection in the viewer and inspector
     */
    public FindViewModel(JobRunner jobs, SessionEmbedders embedders, Executor uiThread, Consumer<DetectionRow> opener,
                         ObservableList<Problem> problems) {
        this.jobs = jobs;
        this.embedders = embedders;
        this.uiThread = uiThread;
        this.opener = opener;
        this.problems = problems;
    }

    public void setCase(CaseStore opened) {
        store = opened;
        searches.clear();
        matches.clear();
        title.set(NOTHING);
    }

    /** Ranks the case's other detections by similarity to {@code query}. */
    public CompletableFuture<Void> findLike(DetectionRow query) {
        return run("Finding people like detection " + query.id(), "detection " + query.id() + " (frame "
                + (query.frameIndex() + 1) + ")", search -> search.similarTo(query.id(), TOP));
    }

    /** Ranks the case's detections by similarity to the person in picture {@code file}. */
    public CompletableFuture<Void> findLike(Path file) {
        return run("Finding people like " + file.getFileName(), file.getFileName().toString(), search -> {
            if (embedders == null) {
                throw new IllegalStateException("No re-identification model is available in this build to read "
                        + file);
            }
            RgbImage image;
            try {
                image = RgbImageFiles.read(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read picture " + file + ": " + e.getMessage(), e);
            }
            try {
                return search.rank(embedders.embed(search.model(), List.of(image))[0], TOP);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private CompletableFuture<Void> run(String jobTitle, String what, Function<PersonSearch, List<PersonMatch>> query) {
        CaseStore target = store;
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (target == null) {
            done.complete(null);
            return done;
        }
        busy.set(true);
        title.set("Searching for people like " + what + "…");
        queries.submit(jobs, target, "person search", jobTitle, context -> {
            context.progress(0, -1, "loading the case's re-ID vectors");
            List<PersonMatch> found = query.apply(searches.get(target));
            Map<Long, String> labels = target.sources().stream().collect(Collectors.toMap(Source::id, Source::label));
            return found.stream().map(m -> new Match(0, m, labels.getOrDefault(m.detection().sourceId(), "?"))).toList();
        }).result().whenComplete((found, failure) -> uiThread.execute(() -> {
            busy.set(false);
            if (target != store) {
                searches.forget(target);
                done.complete(null);
                return;
            }
            if (failure != null) {
                title.set(NOTHING);
                if (!Problem.isCancellation(failure)) {
                    problems.add(new Problem("Could not search for " + what, Problem.reasonOf(failure)));
                }
            } else {
                matches.setAll(java.util.stream.IntStream.range(0, found.size())
                        .mapToObj(i -> new Match(i + 1, found.get(i).match(), found.get(i).sourceLabel())).toList());
                title.set(found.size() + " people most like " + what + ", best first");
            }
            done.complete(null);
        }));
        return done;
    }

    /** Closing listener: cancels {@code closing}'s searches; the stage completes once none runs. */
    public Stopping stop(CaseStore closing) {
        return queries.stop(closing);
    }

    /** Shows a match in the viewer and the inspector. */
    public void open(Match match) {
        opener.accept(match.detection());
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
