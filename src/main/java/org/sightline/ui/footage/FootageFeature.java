package org.sightline.ui.footage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.SessionEmbedders;
import org.sightline.core.video.FrameSampling;
import org.sightline.ui.cases.CaseViewModel;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;
import org.sightline.ui.find.FindViewModel;
import org.sightline.ui.identities.IdentitiesViewModel;
import org.sightline.ui.inspector.InspectorViewModel;
import org.sightline.ui.timeline.TimelineMark;
import org.sightline.ui.timeline.TimelineViewModel;

/**
 * Footage in the main window: the frame viewer, the selected person's timeline, the identity
 * gallery, "find this person", and the ingest of added sources, wired to the open case, the
 * sidebar's selected source and the inspector. Closing a case stops its ingests, identity corrections
 * and searches, and lets the reads already queued finish, before its store closes.
 */
public final class FootageFeature implements AutoCloseable {
    private final java.util.List<Runnable> footageListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CaseViewModel cases;
    private final InspectorViewModel inspector;
    private final Executor uiThread;
    private final ExecutorService reads = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("sightline-case-reads").factory());
    private final FootageViewModel viewer;
    private final TimelineViewModel timeline;
    private final IdentitiesViewModel identities;
    private final FindViewModel find;
    private final SessionEmbedders queryEmbedders;
    private final SourceIngests ingests;

    /** @param engines decoders and models; null: sources are only registered, frames and search unavailable */
    public FootageFeature(CaseViewModel cases, InspectorViewModel inspector, JobRunner jobs, IngestEngines engines,
                          Executor uiThread) {
        this.cases = cases;
        this.inspector = inspector;
        this.uiThread = uiThread;
        this.viewer = new FootageViewModel(engines == null ? null : source -> engines.open(source,
                FrameSampling.everyFrame(), IngestSettings.DEFAULT_FOLDER_FRAME_RATE), uiThread);
        this.timeline = new TimelineViewModel(reads, uiThread, this::jump);
        this.identities = new IdentitiesViewModel(jobs, reads, uiThread, cases.problems());
        this.queryEmbedders = engines == null ? null : new SessionEmbedders(engines);
        this.find = new FindViewModel(jobs, queryEmbedders, uiThread, this::open, cases.problems());
        this.ingests = engines == null ? null : new SourceIngests(engines, jobs, uiThread, cases.sourceStatus(),
                store -> footageChanged());
        wire();
    }

    private void wire() {
        cases.storeProperty().addListener((obs, old, store) -> {
            viewer.show(null, null);
            timeline.clear();
            inspector.clear();
            identities.show(store);
            find.setCase(store);
            if (store != null && ingests != null) {
                ingests.caseOpened(store);
            }
        });
        cases.onClosing(store -> {
            viewer.show(null, null);
            return Stopping.all(java.util.List.of(ingests == null ? Stopping.nothing() : ingests.stop(store),
                    identities.stop(store), find.stop(store), Stopping.afterQueued(reads)));
        });
        cases.onSourceAdded(source -> {
            if (ingests != null) {
                ingests.start(store(), source);
            }
            cases.selectedSourceProperty().set(source);
        });
        cases.selectedSourceProperty().addListener((obs, old, source) -> {
            Source shown = viewer.sourceProperty().get();
            if (source != null && (shown == null || shown.id() != source.id())) {
                viewer.show(store(), source);
            }
        });
        viewer.selectedProperty().addListener((obs, old, detection) -> detectionSelected(detection));
        identities.selectedProperty().addListener((obs, old, identity) -> identitySelected(identity));
    }

    private void detectionSelected(DetectionRow detection) {
        CaseStore store = store();
        if (detection == null || store == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> DetectionDetails.of(store, detection), reads).whenComplete(
                (details, failure) -> uiThread.execute(() -> {
                    if (failure == null && store == store() && detection.equals(viewer.selectedProperty().get())) {
                        inspector.select(details);
                    }
                }));
        detection.identityId().ifPresent(identity -> {
            if (timeline.identityProperty().get() != identity) {
                timeline.show(store, identity);
            }
        });
    }

    private void identitySelected(IdentitySummary identity) {
        if (identity != null && store() != null) {
            timeline.show(store(), identity.id());
        }
    }

    /** Called on the UI thread after an ingest ended and the case's people were regrouped. */
    public void onFootageChanged(Runnable listener) {
        footageListeners.add(listener);
    }

    private void footageChanged() {
        footageListeners.forEach(Runnable::run);
        identities.refresh();
        long shown = timeline.identityProperty().get();
        if (shown >= 0 && store() != null) {
            timeline.show(store(), shown);
        }
    }

    /** Shows the frame of a timeline mark, selecting its detection. */
    public void jump(TimelineMark mark) {
        jumpTo(mark.sourceId(), mark.frameIndex(), mark.detectionId());
    }

    /** Shows a detection (a search match) in the viewer and the inspector. */
    public void open(DetectionRow detection) {
        jumpTo(detection.sourceId(), detection.frameIndex(), detection.id());
    }

    private void jumpTo(long sourceId, long frameIndex, long detectionId) {
        CaseStore store = store();
        if (store == null) {
            return;
        }
        cases.sources().stream().filter(s -> s.id() == sourceId).findFirst().ifPresentOrElse(source -> {
            cases.selectedSourceProperty().set(source);
            viewer.jumpTo(store, source, frameIndex, detectionId);
        }, () -> cases.problems().add(new Problem("Cannot show that frame", "Source " + sourceId
                + " is no longer in the case")));
    }

    /** "Find this person" for the detection selected in the viewer. */
    public void findSelected() {
        DetectionRow selected = viewer.selectedProperty().get();
        if (selected == null) {
            cases.problems().add(new Problem("Nothing to search for", "Click a person's box in a frame first, then "
                    + "press F (or right-click the box)"));
            return;
        }
        find.findLike(selected);
    }

    private CaseStore store() {
        return cases.storeProperty().get();
    }

    public FootageViewModel viewer() {
        return viewer;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public IdentitiesViewModel identities() {
        return identities;
    }

    public FindViewModel find() {
        return find;
    }

    @Override
    public void close() {
        viewer.close();
        reads.shutdownNow();
        if (queryEmbedders != null) {
            queryEmbedders.close();
        }
    }
}
