package org.sightline.core.vl.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.attributes.store.AttributeSearch;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.search.ScoredId;
import org.sightline.core.search.VectorIndex;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * Searches a case's crops by description: the text is tokenised and encoded by the active
 * vision-language model, and the case's vectors of that model only are ranked by cosine similarity
 * through its vector index. Attribute filters keep only detections meeting them; a threshold drops
 * weak matches; colour words re-rank the best candidates ({@link ColourRerank}). "More like this"
 * uses a result's own image embedding as the query. Call off the UI thread.
 */
public final class GallerySearch {
    /** Candidates re-ranked by colour: enough to reach people the model ranks a little low. */
    public static final int RERANK_POOL = 300;

    private final CaseStore store;
    private final VisionLanguageModel model;
    private final VlIndexes indexes;
    private final ColourRerank colourRerank;

    public GallerySearch(CaseStore store, VisionLanguageModel model, VlIndexes indexes, ColourRerank colourRerank) {
        this.store = store;
        this.model = model;
        this.indexes = indexes;
        this.colourRerank = colourRerank;
    }

    public ModelIdentity model() {
        return model.identity();
    }

    public SearchResults search(SearchRequest request, JobContext context) {
        EmbeddingModel embedding = VlEmbeddings.modelOf(model.identity(), model.embeddingDimension());
        long[] coverage = VlEmbeddings.coverage(store, embedding);
        List<String> notes = new ArrayList<>();
        if (coverage[0] < coverage[1]) {
            notes.add((coverage[1] - coverage[0]) + " of " + coverage[1] + " detections have no " + embedding.modelId()
                    + " embedding yet and are not searched (embedding runs in the background)");
        }
        VectorIndex index = indexes.index(embedding, context);
        notes.addAll(indexes.notices());
        float[] query = queryVector(request, embedding);
        Set<Long> allowed = request.filter().conditions().isEmpty() ? null
                : new HashSet<>(new AttributeSearch(store).find(request.filter(), request.filterPredictorId()));
        ColourQuery colours = request.isText() && request.colourRerank() ? ColourQuery.parse(request.text())
                : new ColourQuery(List.of());
        int pool = colours.isEmpty() ? request.top() : Math.max(request.top(), RERANK_POOL);
        List<SearchHit> candidates = candidates(index, query, request, allowed, pool);
        List<SearchHit> ranked = colourRerank.apply(store, colours, candidates);
        return new SearchResults(request, ranked.subList(0, Math.min(request.top(), ranked.size())), model.identity(),
                coverage[0], coverage[1], notes);
    }

    private float[] queryVector(SearchRequest request, EmbeddingModel embedding) {
        if (request.isText()) {
            return model.encodeTexts(List.of(request.text()))[0];
        }
        return Embeddings.of(store, embedding.modelId(), request.likeDetection()).orElseThrow(() ->
                new IllegalArgumentException("Detection " + request.likeDetection() + " has no " + embedding.modelId()
                        + " embedding yet in case " + store.info().folder() + "; wait for the embedding job"));
    }

    /** Asks the index for more neighbours until {@code pool} pass the filter and threshold, or none are left. */
    private List<SearchHit> candidates(VectorIndex index, float[] query, SearchRequest request, Set<Long> allowed, int pool) {
        long size = index.size();
        int k = (int) Math.min(size, (long) pool * 2 + 1);
        while (true) {
            List<ScoredId> hits = index.search(model.identity(), query, k);
            List<SearchHit> kept = new ArrayList<>();
            for (ScoredId hit : hits) {
                if (hit.score() < request.threshold() || kept.size() == pool) {
                    break;
                }
                boolean self = request.likeDetection() != null && hit.id() == request.likeDetection();
                if (!self && (allowed == null || allowed.contains(hit.id()))) {
                    kept.add(new SearchHit(hit.id(), hit.score(), hit.score()));
                }
            }
            boolean exhausted = k >= size || hits.size() < k;
            boolean belowThreshold = !hits.isEmpty() && hits.getLast().score() < request.threshold();
            if (kept.size() >= pool || exhausted || belowThreshold) {
                return kept;
            }
            k = (int) Math.min(size, (long) k * 4);
        }
    }
}
