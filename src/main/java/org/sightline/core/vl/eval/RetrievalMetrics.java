package org.sightline.core.vl.eval;

import java.util.List;
import org.sightline.core.inference.Vectors;

/**
 * Ranks gallery images for each text query by cosine similarity (embeddings are unit vectors) and
 * scores the ranking: a hit is a gallery crop of the query's person. Queries whose person has no
 * gallery crop are rejected, since they could never score.
 */
public final class RetrievalMetrics {

    private RetrievalMetrics() {
    }

    public static RetrievalScores evaluate(float[][] queries, List<String> queryPeople, float[][] gallery, List<String> galleryPeople) {
        if (queries.length != queryPeople.size() || gallery.length != galleryPeople.size()) {
            throw new IllegalArgumentException("embeddings and person lists differ in length: " + queries.length + "/"
                    + queryPeople.size() + " queries, " + gallery.length + "/" + galleryPeople.size() + " gallery");
        }
        int[] hitsAt = new int[3];
        double apSum = 0;
        for (int q = 0; q < queries.length; q++) {
            double[] scores = new double[gallery.length];
            for (int g = 0; g < gallery.length; g++) {
                scores[g] = Vectors.dot(queries[q], gallery[g]);
            }
            apSum += rankQuery(scores, galleryPeople, queryPeople.get(q), hitsAt);
        }
        int n = queries.length;
        return new RetrievalScores(n, gallery.length, hitsAt[0] / (double) n, hitsAt[1] / (double) n, hitsAt[2] / (double) n, apSum / n);
    }

    /** Adds this query's recall hits into {@code hitsAt} (at 1, 5, 10) and returns its average precision. */
    static double rankQuery(double[] scores, List<String> galleryPeople, String person, int[] hitsAt) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int relevant = 0;
        for (String p : galleryPeople) {
            if (p.equals(person)) {
                relevant++;
            }
        }
        if (relevant == 0) {
            throw new IllegalArgumentException("query person " + person + " has no crop in the gallery");
        }
        int found = 0;
        int firstHit = -1;
        double precisionSum = 0;
        for (int rank = 0; rank < order.length && found < relevant; rank++) {
            if (galleryPeople.get(order[rank]).equals(person)) {
                found++;
                precisionSum += found / (double) (rank + 1);
                if (firstHit < 0) {
                    firstHit = rank;
                }
            }
        }
        int[] cutoffs = {1, 5, 10};
        for (int i = 0; i < cutoffs.length; i++) {
            if (firstHit < cutoffs[i]) {
                hitsAt[i]++;
            }
        }
        return precisionSum / relevant;
    }
}
