package org.sightline.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobStatus;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

/**
 * The search bar's port for whichever case is open: made from the app's factory on first use for a
 * case (models load then, off the UI thread), closed when the case changes. With a job runner it also
 * embeds the case's crops for search in the background ({@link #embedMissing}): a search meanwhile
 * searches the crops embedded so far and says so, instead of waiting. One embedding at a time, by the
 * port's own (active) model, so two models' vectors never mix and no crop is embedded twice.
 */
public final class CaseSearchPorts implements SearchPort {
    static final String EMBEDDING_TITLE = "Embedding crops for description search";
    private static final JobContext QUIET = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private final Function<CaseStore, SearchPort> factory;
    private final JobRunner runner;
    private final ReentrantLock embedding = new ReentrantLock();
    private CaseStore store;
    private SearchPort current;
    private JobHandle<?> background;
    private CaseStore backgroundStore;
    /** The case last closed: no embedding starts for it, even from a check begun before it closed. */
    private CaseStore stopped;
    private boolean again;

    public CaseSearchPorts(Function<CaseStore, SearchPort> factory) {
        this(factory, null);
    }

    /** @param runner runs the background embedding; null: crops are embedded before each search instead */
    public CaseSearchPorts(Function<CaseStore, SearchPort> factory, JobRunner runner) {
        this.factory = factory;
        this.runner = runner;
    }

    /** Call when a case opens or closes (null). */
    public synchronized void caseChanged(CaseStore opened) {
        closeCurrent();
        store = opened;
    }

    /**
     * Starts the background embedding of {@code expected}'s crops that lack a vector of the search model,
     * if any do and it is still the open case; when one runs already, it runs once more after. Blocks
     * while it checks the case: call off the UI thread.
     */
    public void embedMissing(CaseStore expected) {
        synchronized (this) {
            if (runner == null || expected != store || expected == stopped) {
                return;
            }
            if (background != null && !background.result().isDone()) {
                again = true;
                return;
            }
        }
        SearchPort port = portFor(expected).orElse(null);
        if (port == null || port.embeddingJob().isEmpty()) {
            return;
        }
        synchronized (this) {
            if (expected != store || expected == stopped || background != null && !background.result().isDone()) {
                return;
            }
            again = false;
            backgroundStore = expected;
            background = runner.submit(EMBEDDING_TITLE + " in " + expected.info().name(), context -> embed(port, context));
            background.result().whenComplete((value, failure) -> {
                if (failure == null && takeAgain()) {
                    embedMissing(expected);
                }
            });
        }
    }

    private synchronized boolean takeAgain() {
        boolean more = again;
        again = false;
        return more;
    }

    private Object embed(SearchPort port, JobContext context) throws Exception {
        embedding.lockInterruptibly();
        try {
            Optional<Job<?>> job = port.embeddingJob();
            return job.isEmpty() ? null : job.get().run(context);
        } finally {
            embedding.unlock();
        }
    }

    /** Cancels the background embedding of a closing case; the stage completes once it ended. */
    public synchronized Optional<CompletableFuture<?>> stopEmbedding(CaseStore closing) {
        stopped = closing;
        if (background == null || backgroundStore != closing || background.result().isDone()) {
            return Optional.empty();
        }
        background.cancel();
        again = false;
        return Optional.of(background.result().exceptionally(failure -> null));
    }

    @Override
    public SearchResults search(SearchRequest request) throws Exception {
        SearchPort port = port();
        JobHandle<?> running = runningEmbedding();
        if (running != null) {
            return withNote(port.searchEmbedded(request), stillEmbedding(running.status()));
        }
        embedding.lockInterruptibly();
        try {
            Optional<Job<?>> job = port.embeddingJob();
            if (job.isPresent()) {
                job.get().run(QUIET);
            }
        } finally {
            embedding.unlock();
        }
        return port.searchEmbedded(request);
    }

    private synchronized JobHandle<?> runningEmbedding() {
        return background != null && backgroundStore == store && !background.result().isDone() ? background : null;
    }

    static String stillEmbedding(JobStatus status) {
        String progress = status.total() > 0 ? " (" + status.done() + " of " + status.total() + " crops)" : "";
        return "crops are still being embedded for description search" + progress
                + ": results cover the crops embedded so far; search again when that job ends";
    }

    private static SearchResults withNote(SearchResults results, String note) {
        java.util.List<String> notes = new java.util.ArrayList<>(results.notes());
        notes.add(note);
        return new SearchResults(results.request(), results.hits(), results.model(), results.searched(),
                results.detections(), notes);
    }

    @Override
    public List<String> history() {
        return port().history();
    }

    @Override
    public Optional<String> filterPredictor() {
        return port().filterPredictor();
    }

    @Override
    public Optional<Path> thumbnail(long detectionId) {
        return port().thumbnail(detectionId);
    }

    @Override
    public Optional<String> searchPack() {
        return port().searchPack();
    }

    private synchronized Optional<SearchPort> portFor(CaseStore expected) {
        return expected == store && store != null ? Optional.of(port()) : Optional.empty();
    }

    private synchronized SearchPort port() {
        if (store == null) {
            throw new IllegalStateException("No case is open");
        }
        if (current == null) {
            current = factory.apply(store);
        }
        return current;
    }

    private void closeCurrent() {
        if (current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.err.println("Sightline: closing the search of the previous case failed: " + e.getMessage());
            }
        }
        current = null;
    }
}
