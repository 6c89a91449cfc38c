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
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.search.ApproximateIndexFactory;
import org.sightline.core.tuning.CasePacks;
import org.sightline.core.tuning.SearchPackModel;
import org.sightline.core.vl.search.CaseSearch;
import org.sightline.core.vl.search.ColourRerank;
import org.sightline.core.vl.search.QueryHistory;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.core.vl.search.VlModelOpener;
import org.sightline.engine.lucene.HnswIndexFactory;
import org.sightline.ui.search.SearchPort;

/**
 * The search bar's port onto an open case: the default vision-language model, Lucene HNSW for large
 * cases, crops embedded (resuming) before each search. When the case has an active search pack
 * ({@link CasePacks.Role#SEARCH}, read at each search), query text is encoded through it
 * ({@link SearchPackModel}) and {@link #searchPack()} names it. Create one per open case; close with it.
 * The model opens on the compute device given (the app passes the one its settings had at start).
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
    private final VlModels models;
    private volatile Optional<SearchPackModel.ActivePack> searchPack = Optional.empty();

    /** On the compute-device setting as it is now. */
    public CaseSearchPort(CaseStore store, JobRunner runner) {
        this(store, runner, VlModels.forApp());
    }

    /** With the vision-language model on {@code device} (a GPU asked for and missing fails the search, naming it). */
    public CaseSearchPort(CaseStore store, JobRunner runner, ComputeDevice device) {
        this(store, runner, VlModels.forApp(device));
    }

    private CaseSearchPort(CaseStore store, JobRunner runner, VlModels models) {
        this(store, runner, VlModels.active(), models, models.opener(), new HnswIndexFactory());
    }

    CaseSearchPort(CaseStore store, JobRunner runner, String modelId, VlModelOpener opener, ApproximateIndexFactory approximate) {
        this(store, runner, modelId, VlModels.forApp(), opener, approximate);
    }

    private CaseSearchPort(CaseStore store, JobRunner runner, String modelId, VlModels models, VlModelOpener opener,
                           ApproximateIndexFactory approximate) {
        this.store = store;
        this.models = models;
        this.search = new CaseSearch(store, modelId, id -> new SearchPackModel(opener.open(id), () -> searchPack), approximate,
                runner, new ColourRerank(ColourRerank.DEFAULT_WEIGHT));
    }

    /** The models searches open (on the device this port was made with). */
    VlModels models() {
        return models;
    }

    /** The embedding job, for the app to run on its job runner when a case opens or footage was added. */
    public CaseSearch search() {
        return search;
    }

    @Override
    public synchronized SearchResults search(SearchRequest request) throws Exception {
        searchPack = activeSearchPack();
        search.embeddingJob().run(QUIET);
        SearchResults results = search.search(request, QUIET);
        if (!request.isText()) {
            searchPack = Optional.empty();
        }
        return results;
    }

    @Override
    public Optional<String> searchPack() {
        return searchPack.map(SearchPackModel.ActivePack::name);
    }

    /** The case's active search pack, read from its folder (so a choice made in the tuning dialog applies at the next search). */
    private Optional<SearchPackModel.ActivePack> activeSearchPack() throws java.io.IOException {
        CasePacks packs = new CasePacks(store);
        Optional<String> name = packs.active(CasePacks.Role.SEARCH);
        return name.isEmpty() ? Optional.empty() : Optional.of(new SearchPackModel.ActivePack(name.get(), packs.read(name.get())));
    }

    @Override
    public Optional<org.sightline.core.jobs.Job<?>> embeddingJob() {
        try {
            models.requireInstalled(search.modelId());
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
