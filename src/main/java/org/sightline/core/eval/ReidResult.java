package org.sightline.core.eval;

/**
 * Result of {@link ReidEvaluation#evaluate}.
 *
 * @param cmc              cmc[k - 1] = share of evaluated queries with a true match within the first k
 * @param meanAp           mean over evaluated queries of the average precision of their ranking
 * @param evaluatedQueries queries that had at least one true match in their gallery
 * @param skippedQueries   queries without any (their identity seen by one camera only)
 */
public record ReidResult(double[] cmc, double meanAp, int evaluatedQueries, int skippedQueries) {

    /** Rank-k accuracy, k from 1. */
    public double rank(int k) {
        if (k < 1 || k > cmc.length) {
            throw new IllegalArgumentException("Rank must lie in [1, " + cmc.length + "], got " + k);
        }
        return cmc[k - 1];
    }

    @Override
    public String toString() {
        return String.format("rank-1 %.4f, rank-5 %.4f, mAP %.4f over %d queries (%d without a match skipped)",
                rank(1), rank(Math.min(5, cmc.length)), meanAp, evaluatedQueries, skippedQueries);
    }
}
