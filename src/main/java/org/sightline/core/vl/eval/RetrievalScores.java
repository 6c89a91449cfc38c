package org.sightline.core.vl.eval;

/** Text-to-image retrieval quality: recall at 1, 5, 10 and mean average precision, over {@code queries}. */
public record RetrievalScores(int queries, int gallery, double recallAt1, double recallAt5, double recallAt10,
                              double meanAveragePrecision) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "R@1 %.1f%%  R@5 %.1f%%  R@10 %.1f%%  mAP %.1f%%  (%d queries, %d gallery crops)",
                100 * recallAt1, 100 * recallAt5, 100 * recallAt10, 100 * meanAveragePrecision, queries, gallery);
    }
}
