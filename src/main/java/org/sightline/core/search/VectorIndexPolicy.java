package org.sightline.core.search;

/**
 * When to leave exact search for the approximate index. Exact search is always right and its cost
 * grows with the collection; the threshold is where it stops feeling instant (see BENCHMARKS.md).
 */
public record VectorIndexPolicy(long approximateAbove, int buildBatch) {
    /** 100k x 256-d vectors: exact search ~40 ms on one loaded core; above it HNSW pays off. */
    public static final VectorIndexPolicy DEFAULT = new VectorIndexPolicy(100_000, 2_000);

    public VectorIndexPolicy {
        if (approximateAbove < 0 || buildBatch <= 0) {
            throw new IllegalArgumentException("approximateAbove must be >= 0 and buildBatch > 0");
        }
    }

    public boolean wantsApproximate(long size) {
        return size > approximateAbove;
    }
}
