package org.sightline.ui.attributes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ModelMissingException;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;

/**
 * The open case's resumable work: gallery imports, then attribute scoring of what they added. Opening
 * a case resumes its unfinished (pending, cancelled, interrupted) jobs automatically, oldest first.
 * Finished work calls {@code detectionsChanged} on the UI thread. A closing case's jobs are cancelled
 * ({@link #stop}) and stay resumable.
 */
public final class AttributeJobs {
    private static final String GALLERY_IMPORT = "gallery import";
    private static final String SCORING = "attribute scoring job";

    private final JobRunner runner;
    private final AttributeModelPort model;
    private final Executor uiThread;
    private final Consumer<Problem> problems;
    private final Consumer<String> status;
    private final Runnable detectionsChanged;
    private final List<JobHandle<?>> running = new ArrayList<>();
    private final CaseWork work = new CaseWork();
    /** Case jobs this session started or resumed, so the resume-on-open lookup never runs one twice. */
    private final java.util.Set<Long> owned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private CaseStore store;
    private ResumableJobs jobs;
    private JobHandle<CaseJob> scoring;
    private boolean scoreAgain;

    /**
     * When the footage feature owns imports and ingest (the app with engines), this only scores
     * attributes: it resumes attribute jobs alone and leaves gallery imports to the ingest.
     */
    public void leaveImportsToIngest() {
        importsElsewhere = true;
    }

    private volatile boolean importsElsewhere;

    public AttributeJobs(JobRunner runner, AttributeModelPort model, Executor uiThread, Consumer<Problem> problems,
                         Consumer<String> status, Runnable detectionsChanged) {
        this.runner = runner;
        this.model = model;
        this.uiThread = uiThread;
        this.problems = problems;
        this.status = status;
        this.detectionsChanged = detectionsChanged;
    }

    /** Call on the UI thread when a case opens (null: closed). Stops this session's jobs of the previous case. */
    public void caseChanged(CaseStore opened) {
        running.forEach(JobHandle::cancel);
        running.clear();
        owned.clear();
        scoring = null;
        scoreAgain = false;
        store = opened;
        jobs = opened == null ? null : new ResumableJobs(opened, runner,
                List.of(GalleryImportJob.factory(), AttributePredictionJob.factory(model.opener())));
        if (opened != null) {
            resumeUnfinished(opened, jobs);
        }
    }

    private void resumeUnfinished(CaseStore opened, ResumableJobs caseJobs) {
        work.submit(runner, opened, "", "Looking for unfinished work in " + opened.info().name(),
                        context -> caseJobs.jobs().resumable())
                .result().whenComplete((unfinished, failure) -> uiThread.execute(() -> {
                    if (store != opened || failure != null && Problem.isCancellation(failure)) {
                        return;
                    }
                    if (failure != null) {
                        report("Could not list the case's unfinished jobs", failure);
                    } else {
                        List<CaseJob> others;
                        synchronized (owned) {
                            others = unfinished.stream().filter(job -> !owned.contains(job.id()))
                                .filter(job -> job.kind().equals(AttributePredictionJob.KIND)
                                        || job.kind().equals(GalleryImportJob.KIND) && !importsElsewhere)
                                .toList();
                        }
                        if (!others.isEmpty()) {
                            status.accept("Resuming " + others.size() + " unfinished job"
                                    + (others.size() == 1 ? "" : "s") + " of " + opened.info().name());
                            others.forEach(this::resume);
                        }
                    }
                }));
    }

    private void resume(CaseJob saved) {
        boolean gallery = saved.kind().equals(GalleryImportJob.KIND);
        String title = (gallery ? "Importing gallery" : "Scoring attributes") + " (resumed after " + saved.done()
                + (saved.total() >= 0 ? " of " + saved.total() : "") + ")";
        try {
            owned.add(saved.id());
            ResumableJob job = (gallery ? GalleryImportJob.factory() : AttributePredictionJob.factory(model.opener()))
                    .fromParams(saved.params());
            JobHandle<CaseJob> handle = work.submit(runner, store, gallery ? GALLERY_IMPORT : SCORING, title,
                    ResumableJobs.asJob(store, saved.id(), job));
            if (gallery) {
                track(handle, "Gallery import failed", this::predictAttributes);
            } else {
                trackScoring(handle);
            }
        } catch (RuntimeException failure) {
            report("Could not resume job " + saved.id() + " (" + saved.kind() + ")", failure);
        }
    }

    /** Imports a person gallery just added to the case, then scores its crops. */
    public void importGallery(Source source) {
        if (jobs == null || importsElsewhere) {
            return;
        }
        start("Importing gallery " + source.label(), new GalleryImportJob(source.id()))
                .ifPresent(handle -> track(handle, "Gallery import failed (" + source.path() + ")", this::predictAttributes));
    }

    /** Scores every detection the model has not scored; runs again afterwards when asked while running. */
    public void predictAttributes() {
        if (jobs == null) {
            return;
        }
        if (scoring != null) {
            scoreAgain = true;
            return;
        }
        Optional<ActivePack> active;
        try {
            active = ActivePack.of(store);
        } catch (RuntimeException unreadable) {
            report("Could not read this case's active prompt pack", unreadable);
            return;
        }
        active.ifPresentOrElse(pack -> start("Scoring attributes with " + pack.displayName(),
                new AttributePredictionJob(pack.modelName(), pack.displayName(), pack.mappingId(),
                        AttributePredictionJob.DEFAULT_BATCH_SIZE, model.opener())).ifPresent(this::trackScoring),
                () -> start("Scoring attributes with " + model.modelName(), new AttributePredictionJob(model.modelName(),
                        model.displayName(), model.mappingId(), AttributePredictionJob.DEFAULT_BATCH_SIZE, model.opener()))
                        .ifPresent(this::trackScoring));
    }

    private void trackScoring(JobHandle<CaseJob> handle) {
        scoring = handle;
        track(handle, "Attribute scoring failed", () -> { });
        CaseStore of = store;
        handle.result().whenComplete((done, failure) -> uiThread.execute(() -> {
            if (scoring == handle) {
                scoring = null;
                if (scoreAgain && store == of && failure == null) {
                    scoreAgain = false;
                    predictAttributes();
                }
            }
        }));
    }

    private Optional<JobHandle<CaseJob>> start(String title, ResumableJob job) {
        try {
            long id;
            // Created and marked owned as one step, so a concurrent scan for unfinished work never resumes it too.
            synchronized (owned) {
                id = jobs.jobs().create(job.kind(), job.params()).id();
                owned.add(id);
            }
            String noun = job.kind().equals(GalleryImportJob.KIND) ? GALLERY_IMPORT : SCORING;
            return Optional.of(work.submit(runner, store, noun, title, ResumableJobs.asJob(store, id, job)));
        } catch (RuntimeException failure) {
            report("Could not start: " + title, failure);
            return Optional.empty();
        }
    }

    private void track(JobHandle<?> handle, String failureTitle, Runnable then) {
        running.add(handle);
        CaseStore of = store;
        handle.result().whenComplete((value, failure) -> uiThread.execute(() -> {
            running.remove(handle);
            if (store != of) {
                return;
            }
            detectionsChanged.run();
            if (failure == null) {
                then.run();
            } else if (!Problem.isCancellation(failure)) {
                report(failureTitle, failure);
            }
        }));
    }

    private void report(String title, Throwable failure) {
        if (modelMissing(failure)) {
            String hint = model.missingHint().isEmpty() ? "" : "\n\n" + model.missingHint();
            problems.accept(new Problem("The attribute model is not installed", Problem.reasonOf(failure) + hint));
        } else {
            problems.accept(new Problem(title, Problem.reasonOf(failure)));
        }
    }

    private static boolean modelMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModelMissingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closing listener: cancels {@code closing}'s imports and scoring (each stays resumable from its last
     * committed batch, and is resumed when the case opens again) and the lookup of unfinished work.
     */
    public Stopping stop(CaseStore closing) {
        return work.stop(closing);
    }

    /** Completes when nothing this session started on the open case is running (for tests and shutdown). */
    public CompletableFuture<Void> idle() {
        return CompletableFuture.allOf(running.stream().map(h -> h.result().handle((v, e) -> null))
                .toArray(CompletableFuture[]::new));
    }
}
