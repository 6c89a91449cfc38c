package org.sightline.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.cli.search.VlModels;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.vl.search.CaseSearch;
import org.sightline.core.vl.search.ColourRerank;
import org.sightline.core.vl.search.QueryHistory;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.engine.lucene.HnswIndexFactory;
import org.sightline.ui.search.SearchPort;

/**
 * The search bar's port onto an open case: the default vision-language model, Lucene HNSW for large
 * cases, crops embedded (resuming) before each search. Create one per open case; close with it.
 * Wiring: {@code new SearchViewModel(caseOpen, port, jobs's executor, Platform::runLater)}.
 */
public final class CaseSearchPort implements SearchPort, AutoCloseable {
    private static final JobContext QUIET = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private final CaseStore store;
    private final CaseSearch search;

    public CaseSearchPort(CaseStore store, JobRunner runner) {
        this.store = store;
        this.search = new CaseSearch(store, VlModels.active(), VlModels.forApp().opener(), new HnswIndexFactory(), runner,
                new ColourRerank(ColourRerank.DEFAULT_WEIGHT));
    }

    /** The embedding job, for the app to run on its job runner when a case opens or footage was added. */
    public CaseSearch search() {
        return search;
    }

    @Override
    public SearchResults search(SearchRequest request) throws Exception {
        search.embeddingJob().run(QUIET);
        return search.search(request, QUIET);
    }

    @Override
    public Optional<org.sightline.core.jobs.Job<?>> embeddingJob() {
        try {
            VlModels.forApp().requireInstalled(search.modelId());
        } catch (java.io.IOException | RuntimeException notInstalled) {
            return Optional.empty();
        }
        return org.sightline.core.vl.search.VlEmbeddingJob.missing(store, search.modelId()) == 0 ? Optional.empty()
                : Optional.of(search.embeddingJob());
    }

    @Override
    public SearchResults searchEmbedded(SearchRequest request) throws Exception {
        return search.search(request, QUIET);
    }

    @Override
    public List<String> history() {
        return search.history(20).stream().map(QueryHistory.Entry::query).toList();
    }

    @Override
    public Optional<String> filterPredictor() {
        List<PredictorInfo> predictors = new AttributePredictions(store).predictors();
        return predictors.stream().map(PredictorInfo::id).findFirst();
    }

    @Override
    public Optional<Path> thumbnail(long detectionId) {
        List<DetectionRow> rows = new Footage(store).detections(List.of(detectionId));
        return rows.isEmpty() ? Optional.empty() : rows.getFirst().thumbnail().map(store.thumbnailsDir()::resolve);
    }

    @Override
    public void close() {
        search.close();
    }
}
