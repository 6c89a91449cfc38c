package org.sightline.core.vl.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.search.ApproximateIndexFactory;
import org.sightline.core.search.VectorIndexPolicy;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * Description search of one open case with one active vision-language model: embeds the crops that
 * lack that model's vector (as a saved, resumable {@value VlEmbeddingJob#KIND} job, resuming an
 * unfinished one of the same model), then answers {@link SearchRequest}s and remembers them in the
 * case's history. The model is opened on first use and closed with this object. Thread-safe.
 */
public final class CaseSearch implements AutoCloseable {

    private final CaseStore store;
    private final String modelId;
    private final VlModelOpener opener;
    private final VlIndexes indexes;
    private final ColourRerank colourRerank;
    private VisionLanguageModel model;

    public CaseSearch(CaseStore store, String modelId, VlModelOpener opener, ApproximateIndexFactory approximate,
                      JobRunner runner, ColourRerank colourRerank) {
        this.store = store;
        this.modelId = modelId;
        this.opener = opener;
        this.indexes = new VlIndexes(store, VectorIndexPolicy.DEFAULT, approximate, runner);
        this.colourRerank = colourRerank;
    }

    public String modelId() {
        return modelId;
    }

    public CaseStore store() {
        return store;
    }

    /** A job embedding every crop without a vector of the active model; resumes an unfinished one. */
    public Job<CaseJob> embeddingJob() {
        CaseJobs jobs = new CaseJobs(store);
        VlEmbeddingJob fresh = new VlEmbeddingJob(modelId, VlEmbeddingJob.DEFAULT_BATCH, opener);
        Optional<CaseJob> unfinished = jobs.all().stream().filter(j -> j.kind().equals(VlEmbeddingJob.KIND))
                .filter(j -> j.params().equals(fresh.params()))
                .filter(j -> j.state() != CaseJobState.SUCCEEDED && j.state() != CaseJobState.FAILED).findFirst();
        CaseJob job = unfinished.orElseGet(() -> jobs.create(fresh.kind(), fresh.params()));
        return ResumableJobs.asJob(store, job.id(), fresh);
    }

    /** Runs the query with the active model and records it in the case's history. */
    public SearchResults search(SearchRequest request, JobContext context) throws IOException {
        SearchResults results = new GallerySearch(store, model(), indexes, colourRerank).search(request, context);
        new QueryHistory(store).add(results);
        return results;
    }

    /** Past queries of this case, newest first. */
    public List<QueryHistory.Entry> history(int limit) {
        return new QueryHistory(store).recent(limit);
    }

    private synchronized VisionLanguageModel model() throws IOException {
        if (model == null) {
            model = opener.open(modelId);
        }
        return model;
    }

    @Override
    public synchronized void close() {
        indexes.close();
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
