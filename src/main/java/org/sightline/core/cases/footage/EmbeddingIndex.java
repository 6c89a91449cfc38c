package org.sightline.core.cases.footage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.sightline.core.cases.CaseStore;

/**
 * All of a case's vectors of one model, loaded in one query into one row-major float matrix
 * (100,000 detections x 512 floats = 205 MB of heap), with the detection id and identity of each
 * row. Ranking is a brute-force dot product over the rows (vectors are L2-normalised, so this is
 * the cosine) keeping the best k in a heap: about 50 M multiply-adds per query at 100k rows,
 * tens of milliseconds on one core. A snapshot: reload after new footage is ingested.
 */
public final class EmbeddingIndex {

    private final EmbeddingModel model;
    private final long[] detectionIds;
    private final long[] identityIds;
    private final float[] matrix;
    private final Map<Long, Integer> rowOfDetection = new HashMap<>();

    private EmbeddingIndex(EmbeddingModel model, long[] detectionIds, long[] identityIds, float[] matrix) {
        this.model = model;
        this.detectionIds = detectionIds;
        this.identityIds = identityIds;
        this.matrix = matrix;
        for (int row = 0; row < detectionIds.length; row++) {
            rowOfDetection.put(detectionIds[row], row);
        }
    }

    /** Loads every vector of {@code model}; identity -1 marks a detection without identity. */
    public static EmbeddingIndex load(CaseStore store, EmbeddingModel model) {
        return store.read(c -> {
            int count;
            try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM embeddings WHERE model_id = ?")) {
                query.setString(1, model.modelId());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    count = row.getInt(1);
                }
            }
            int dimension = model.dimension();
            long[] ids = new long[count];
            long[] identities = new long[count];
            float[] matrix = new float[Math.multiplyExact(count, dimension)];
            int n = 0;
            try (PreparedStatement query = c.prepareStatement("SELECT e.detection_id, d.identity_id, e.vector "
                    + "FROM embeddings e JOIN detections d ON d.id = e.detection_id WHERE e.model_id = ? "
                    + "AND e.model_sha256 = ? ORDER BY e.detection_id")) {
                query.setString(1, model.modelId());
                query.setString(2, model.sha256());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next() && n < count) {
                        ids[n] = rows.getLong(1);
                        long identity = rows.getLong(2);
                        identities[n] = rows.wasNull() ? -1 : identity;
                        Embeddings.toFloats(rows.getBytes(3), matrix, n * dimension);
                        n++;
                    }
                }
            }
            return new EmbeddingIndex(model, Arrays.copyOf(ids, n), Arrays.copyOf(identities, n),
                    n == count ? matrix : Arrays.copyOf(matrix, n * dimension));
        });
    }

    public EmbeddingModel model() {
        return model;
    }

    public int size() {
        return detectionIds.length;
    }

    public Optional<float[]> vectorOf(long detectionId) {
        Integer row = rowOfDetection.get(detectionId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(matrix, row * model.dimension(), (row + 1) * model.dimension()));
    }

    /** A detection id and its cosine similarity to a query. */
    public record Scored(long detectionId, long identityId, double score) {
    }

    /** The {@code top} rows most similar to {@code query}, best first, skipping {@code excludeDetection}. */
    public Scored[] rank(float[] query, int top, long excludeDetection) {
        if (query.length != model.dimension()) {
            throw new IllegalArgumentException("Query vector has " + query.length + " values; the case's "
                    + model.modelId() + " vectors have " + model.dimension());
        }
        PriorityQueue<Scored> best = new PriorityQueue<>(java.util.Comparator.comparingDouble(Scored::score));
        int dimension = model.dimension();
        for (int row = 0; row < detectionIds.length; row++) {
            if (detectionIds[row] == excludeDetection) {
                continue;
            }
            double score = dot(query, row * dimension, dimension);
            if (best.size() < top) {
                best.add(new Scored(detectionIds[row], identityIds[row], score));
            } else if (top > 0 && score > best.peek().score()) {
                best.poll();
                best.add(new Scored(detectionIds[row], identityIds[row], score));
            }
        }
        Scored[] ranked = best.toArray(new Scored[0]);
        Arrays.sort(ranked, (a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    /** For each identity, its best similarity to {@code query}, as (best detection, identity, score). */
    public Map<Long, Scored> bestPerIdentity(float[] query) {
        Map<Long, Scored> best = new HashMap<>();
        int dimension = model.dimension();
        for (int row = 0; row < detectionIds.length; row++) {
            if (identityIds[row] < 0) {
                continue;
            }
            double score = dot(query, row * dimension, dimension);
            Scored current = best.get(identityIds[row]);
            if (current == null || score > current.score()) {
                best.put(identityIds[row], new Scored(detectionIds[row], identityIds[row], score));
            }
        }
        return best;
    }

    private double dot(float[] query, int offset, int dimension) {
        float sum = 0;
        for (int i = 0; i < dimension; i++) {
            sum += query[i] * matrix[offset + i];
        }
        return sum;
    }
}
