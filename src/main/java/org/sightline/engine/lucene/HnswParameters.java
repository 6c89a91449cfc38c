package org.sightline.engine.lucene;

/**
 * HNSW graph settings. {@code maxConn} (M) is the number of neighbours per node, {@code beamWidth}
 * the candidate list while inserting; {@code candidateFactor} asks the graph for {@code k * factor}
 * nearest vectors and keeps the best {@code k} by their exact dot product, trading time for recall.
 */
public record HnswParameters(int maxConn, int beamWidth, int candidateFactor) {
    /** Lucene's defaults for the graph, and a search over 5x the requested hits (see BENCHMARKS.md). */
    public static final HnswParameters DEFAULT = new HnswParameters(16, 100, 5);

    public HnswParameters {
        if (maxConn <= 0 || maxConn > 512 || beamWidth <= 0 || beamWidth > 3200 || candidateFactor < 1) {
            throw new IllegalArgumentException("HNSW parameters out of range: maxConn " + maxConn
                    + " (1..512), beamWidth " + beamWidth + " (1..3200), candidateFactor " + candidateFactor + " (>= 1)");
        }
    }
}
