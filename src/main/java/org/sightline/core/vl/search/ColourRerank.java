package org.sightline.core.vl.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.cases.CaseStore;

/**
 * Colour-aware re-ranking: when a description names colours ({@link ColourQuery}), each candidate's
 * score becomes its similarity plus {@code weight} times the colour evidence of its crop (the
 * fraction of the named body part in the named colour, from the stored {@link ColourBands}).
 * Candidates come from the vector index (the top few hundred by similarity), so re-ranking reorders
 * what the model already found plausible rather than replacing the model.
 */
public final class ColourRerank {
    /**
     * Chosen among 0, 0.1, 0.25, 0.5, 1, 2 on 1,000 crops of the training PETA subsets (never the
     * held-out PRID / MIT) by mean precision@50 of colour queries with sightline-pedvl
     * ({@code cli.search.bench.VlSearchBench}); larger weights let colour swamp the model.
     */
    public static final double DEFAULT_WEIGHT = 0.1;

    private final double weight;

    public ColourRerank(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** Re-scored and re-sorted hits; unchanged when the query names no colour. */
    public List<SearchHit> apply(CaseStore store, ColourQuery colours, List<SearchHit> candidates) {
        if (colours.isEmpty() || candidates.isEmpty()) {
            return candidates;
        }
        Map<Long, float[]> bands = bands(store, candidates.stream().map(SearchHit::detectionId).toList());
        List<SearchHit> rescored = new ArrayList<>(candidates.size());
        for (SearchHit hit : candidates) {
            float[] b = bands.get(hit.detectionId());
            double bonus = b == null ? 0 : weight * colours.evidence(b);
            rescored.add(new SearchHit(hit.detectionId(), hit.similarity() + bonus, hit.similarity()));
        }
        rescored.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return rescored;
    }

    static Map<Long, float[]> bands(CaseStore store, List<Long> ids) {
        return store.read(c -> {
            Map<Long, float[]> out = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT vector FROM embeddings WHERE model_id = ? "
                    + "AND model_sha256 = ? AND detection_id = ?")) {
                for (long id : ids) {
                    query.setString(1, ColourBands.MODEL.modelId());
                    query.setString(2, ColourBands.MODEL.sha256());
                    query.setLong(3, id);
                    try (ResultSet row = query.executeQuery()) {
                        if (row.next()) {
                            out.put(id, floats(row.getBytes(1)));
                        }
                    }
                }
            }
            return out;
        });
    }

    static float[] floats(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }
}
