package org.sightline.ui.footage;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.GalleryEmbeddingJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestProgress;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.ui.cases.Stopping;

/**
 * Runs the resumable ingest of a case's sources as background jobs: a video or frame folder gets a
 * footage ingest (every frame, default models), a crop gallery an import then an embedding. When
 * one ends (done or cancelled) the case's identities are regrouped. Unfinished ingests of a case
 * are resumed as soon as it opens. Each source's status line (counts, or progress while
 * ingesting) is kept in {@code status}, on the UI thread.
 */
public final class SourceIngests {
    private static final Set<String> KINDS = Set.of(FootageIngestJob.KIND, GalleryImportJob.KIND,
            GalleryEmbeddingJob.KIND);

    private final IngestEngines engines;
    private final JobRunner runner;
    private final Executor uiThread;
    private final Map<Long, String> status;
    private final Consumer<CaseStore> footageChanged;
    private final List<Running> running = new CopyOnWriteArrayList<>();
    /** Cases whose ingests were stopped: nothing new starts in them (a resume found while reading, say). */
    private final Set<CaseStore> stopped = ConcurrentHashMap.newKeySet();

    /**
     * @param status         source id -> status line; written on the UI thread
     * @param footageChanged called on the UI thread after identities were regrouped
     */
    public SourceIngests(IngestEngines engines, JobRunner runner, Executor uiThread, Map<Long, String> status,
                         Consumer<CaseStore> footageChanged) {
        this.engines = engines;
        this.runner = runner;
        this.uiThread = uiThread;
        this.status = status;
        this.footageChanged = footageChanged;
    }

    /** Starts the ingest of a source just added to the case. */
    public void start(CaseStore store, Source source) {
        setStatus(source.id(), "waiting to ingest…");
        if (source.kind() == SourceKind.IMAGE_GALLERY) {
            follow(store, source, jobs(store, GalleryImportJob.factory())
                    .start("Importing " + source.label(), new GalleryImportJob(source.id())));
        } else {
            ResumableJob job = new FootageIngestJob(source.id(), IngestSettings.DEFAULT, engines, progress(source.id()));
            follow(store, source, jobs(store, factoryFor(source.id())).start("Ingesting " + source.label(), job));
        }
    }

    /** Shows every source's counts, and resumes the case's unfinished ingests, all in the background. */
    public void caseOpened(CaseStore store) {
        stopped.remove(store);
        track(store, runner.submit("Reading sources of " + store.info().name(), context -> {
            List<Source> sources = store.sources();
            for (Source source : sources) {
                context.throwIfCancelled();
                Footage.SourceCounts counts = new Footage(store).counts(source.id());
                uiThread.execute(() -> status.putIfAbsent(source.id(), countsText(counts)));
            }
            for (CaseJob saved : new ResumableJobs(store, runner, List.of()).jobs().resumable()) {
                if (KINDS.contains(saved.kind()) && !stopped.contains(store)) {
                    resume(store, sources, saved);
                }
            }
            return null;
        }));
    }

    private void resume(CaseStore store, List<Source> sources, CaseJob saved) {
        long sourceId = JsonParser.parseString(saved.params()).getAsJsonObject().get("sourceId").getAsLong();
        Source source = sources.stream().filter(s -> s.id() == sourceId).findFirst().orElse(null);
        if (source == null) {
            return;
        }
        ResumableJobFactory factory = switch (saved.kind()) {
            case FootageIngestJob.KIND -> factoryFor(sourceId);
            case GalleryImportJob.KIND -> GalleryImportJob.factory();
            default -> GalleryEmbeddingJob.factory(engines);
        };
        uiThread.execute(() -> setStatus(sourceId, "resuming ingest after " + saved.done() + " of " + saved.total()));
        follow(store, source, jobs(store, factory).resume("Resuming ingest of " + source.label(), saved.id()));
    }

    /**
     * Asks the case's ingests (and the reading and regrouping around them) to stop, without waiting:
     * what they committed stays. The returned stage completes once none of them runs any more.
     */
    public synchronized Stopping stop(CaseStore store) {
        stopped.add(store);
        List<Running> mine = running.stream().filter(r -> r.store() == store).toList();
        running.removeAll(mine);
        mine.forEach(r -> r.handle().cancel());
        long ingests = mine.stream().filter(r -> r.ingest()).count();
        CompletableFuture<Void> ended = CompletableFuture.allOf(mine.stream()
                .map(r -> r.handle().result().exceptionally(f -> null)).toArray(CompletableFuture[]::new));
        return ingests > 0 ? Stopping.of((int) ingests, "ingest", ended)
                : new Stopping(mine.isEmpty() ? "" : "background reading", ended);
    }

    private void track(CaseStore store, JobHandle<?> handle) {
        Running run = new Running(store, handle, false);
        synchronized (this) {
            if (stopped.contains(store)) {
                handle.cancel();
            }
            running.add(run);
        }
        handle.result().whenComplete((value, failure) -> running.remove(run));
    }

    private void follow(CaseStore store, Source source, JobHandle<CaseJob> handle) {
        Running run = new Running(store, handle, true);
        synchronized (this) {
            if (stopped.contains(store)) {
                handle.cancel();
            }
            running.add(run);
        }
        handle.result().whenComplete((row, failure) -> {
            boolean wasStopped = !running.remove(run);
            if (wasStopped || stopped.contains(store)) {
                return;
            }
            if (failure == null && row.kind().equals(GalleryImportJob.KIND)) {
                follow(store, source, jobs(store, GalleryEmbeddingJob.factory(engines)).start("Embedding "
                        + source.label(), new GalleryEmbeddingJob(source.id(), IngestSettings.DEFAULT_REID, engines)));
                return;
            }
            String ending = failure == null ? null : org.sightline.ui.common.Problem.isCancellation(failure)
                    ? "cancelled" : "failed: " + org.sightline.ui.common.Problem.reasonOf(failure);
            regroup(store, source, ending);
        });
    }

    private void regroup(CaseStore store, Source source, String ending) {
        JobHandle<?> grouping = runner.submit("Grouping people in " + store.info().name(), context -> {
            Footage.SourceCounts counts = new Footage(store).counts(source.id());
            uiThread.execute(() -> setStatus(source.id(), countsText(counts) + (ending == null ? "" : " · " + ending)));
            context.progress(0, -1, "comparing tracks across sources");
            return new IdentityGrouping().regroup(store);
        });
        track(store, grouping);
        grouping.result().whenComplete((grouped, failure) -> uiThread.execute(() -> {
            if (!stopped.contains(store)) {
                footageChanged.accept(store);
            }
        }));
    }

    private ResumableJobFactory factoryFor(long sourceId) {
        return FootageIngestJob.factory(engines, progress(sourceId));
    }

    private Consumer<IngestProgress> progress(long sourceId) {
        return progress -> uiThread.execute(() -> setStatus(sourceId, String.format(java.util.Locale.ROOT,
                "ingesting: frame %d of %s · %d people · %.1f fps", progress.done(),
                progress.total() < 0 ? "?" : "~" + progress.total(), progress.detections(), progress.framesPerSecond())));
    }

    private ResumableJobs jobs(CaseStore store, ResumableJobFactory factory) {
        return new ResumableJobs(store, runner, List.of(factory));
    }

    private void setStatus(long sourceId, String text) {
        status.put(sourceId, text);
    }

    static String countsText(Footage.SourceCounts counts) {
        if (counts.frames() == 0) {
            return "not analysed yet";
        }
        return counts.frames() + " frames · " + counts.detections() + " people · " + counts.tracks() + " tracks";
    }

    private record Running(CaseStore store, JobHandle<?> handle, boolean ingest) {
    }
}
