package org.sightline.core.cases.footage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.inference.Vectors;

/**
 * "Find this person": ranks the case's detections, or its identities, by cosine similarity of
 * their embeddings to a query vector: the embedding of one of the case's detections, or of an
 * image embedded with the same model (see {@link #model()}). Built on an {@link EmbeddingIndex}
 * snapshot.
 */
public final class PersonSearch {

    private final CaseStore store;
    private final EmbeddingIndex index;
    private final Footage footage;

    public PersonSearch(CaseStore store, EmbeddingIndex index) {
        this.store = store;
        this.index = index;
        this.footage = new Footage(store);
    }

    /**
     * Loads the case's vectors of its only embedding model.
     *
     * @throws IllegalStateException when the case has no embeddings yet, or vectors of several models
     */
    public static PersonSearch load(CaseStore store) {
        List<EmbeddingModel> models = Embeddings.models(store);
        if (models.isEmpty()) {
            throw new IllegalStateException("Case " + store.info().folder() + " has no embeddings yet: ingest footage "
                    + "or a gallery first");
        }
        if (models.size() > 1) {
            throw new IllegalStateException("Case " + store.info().folder() + " holds embeddings of several models ("
                    + models.stream().map(EmbeddingModel::modelId).toList() + "); load one with load(store, model)");
        }
        return load(store, models.getFirst());
    }

    public static PersonSearch load(CaseStore store, EmbeddingModel model) {
        return new PersonSearch(store, EmbeddingIndex.load(store, model));
    }

    /** The model whose vectors are searched; a query vector must come from the same model file. */
    public EmbeddingModel model() {
        return index.model();
    }

    public int size() {
        return index.size();
    }

    /** The {@code top} detections most like {@code query} (normalised here), best first. */
    public List<PersonMatch> rank(float[] query, int top) {
        return matches(index.rank(Vectors.normalizeInPlace(query.clone()), top, Long.MIN_VALUE));
    }

    /** The {@code top} detections most like detection {@code detectionId}, itself left out. */
    public List<PersonMatch> similarTo(long detectionId, int top) {
        float[] query = index.vectorOf(detectionId).orElseThrow(() -> new IllegalArgumentException("Detection "
                + detectionId + " has no " + index.model().modelId() + " embedding in case " + store.info().folder()));
        return matches(index.rank(query, top, detectionId));
    }

    /** The {@code top} identities most like {@code query}, each scored by its best detection. */
    public List<IdentityMatch> rankIdentities(float[] query, int top) {
        Map<Long, EmbeddingIndex.Scored> best = index.bestPerIdentity(Vectors.normalizeInPlace(query.clone()));
        List<EmbeddingIndex.Scored> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble(EmbeddingIndex.Scored::score).reversed()).limit(top).toList();
        Map<Long, DetectionRow> rows = rowsById(ranked.stream().map(EmbeddingIndex.Scored::detectionId).toList());
        return ranked.stream().filter(s -> rows.containsKey(s.detectionId()))
                .map(s -> new IdentityMatch(s.identityId(), s.score(), rows.get(s.detectionId()))).toList();
    }

    private List<PersonMatch> matches(EmbeddingIndex.Scored[] ranked) {
        // Rows removed since the index was loaded (a source deleted) are left out.
        Map<Long, DetectionRow> rows = rowsById(Arrays.stream(ranked).map(EmbeddingIndex.Scored::detectionId).toList());
        return Arrays.stream(ranked).filter(s -> rows.containsKey(s.detectionId()))
                .map(s -> new PersonMatch(s.score(), rows.get(s.detectionId()))).toList();
    }

    private Map<Long, DetectionRow> rowsById(List<Long> ids) {
        return footage.detections(ids).stream().collect(java.util.stream.Collectors.toMap(DetectionRow::id, d -> d));
    }
}
