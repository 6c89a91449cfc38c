package org.sightline.core.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sightline.core.inference.Vectors;

/**
 * Re-identification ranking quality (CMC and mAP) with Market-1501's protocol, over one set of
 * images that serves as both queries and gallery. For each query the gallery is every other image
 * except those of the same identity taken by the same camera (too easy to count); a true match is
 * an image of the same identity from another camera. Images are ranked by cosine similarity of
 * their L2-normalised embeddings (ties: input order). AP is the mean of the precision at each true
 * match (as torchreid and fast-reid compute it); queries without any true match are skipped.
 */
public final class ReidEvaluation {

    /** Which images a query is ranked against. */
    public enum Gallery {
        /** All other images except same identity and same camera (Market-1501). */
        MARKET_1501,
        /** Only images from cameras other than the query's. */
        OTHER_CAMERAS
    }

    private ReidEvaluation() {
    }

    /** The first image (in input order) of each identity and camera: Market-1501's query choice. */
    public static int[] onePerIdentityAndCamera(String[] identities, int[] cameras) {
        requireSameLength(identities.length, cameras.length);
        Set<String> seen = new HashSet<>();
        List<Integer> queries = new ArrayList<>();
        for (int i = 0; i < identities.length; i++) {
            if (seen.add(identities[i] + '\u0000' + cameras[i])) {
                queries.add(i);
            }
        }
        return queries.stream().mapToInt(Integer::intValue).toArray();
    }

    public static ReidResult evaluate(float[][] embeddings, String[] identities, int[] cameras, int[] queries,
                                      Gallery gallery, int maxRank) {
        requireSameLength(embeddings.length, identities.length);
        requireSameLength(embeddings.length, cameras.length);
        if (maxRank < 1) {
            throw new IllegalArgumentException("Max rank must be at least 1, got " + maxRank);
        }
        double[] hitsWithin = new double[maxRank];
        double apSum = 0;
        int evaluated = 0;
        for (int q : queries) {
            List<Integer> ranked = rank(embeddings, identities, cameras, q, gallery);
            int firstHit = -1;
            int hits = 0;
            double precisionSum = 0;
            for (int position = 0; position < ranked.size(); position++) {
                if (identities[ranked.get(position)].equals(identities[q])) {
                    hits++;
                    precisionSum += (double) hits / (position + 1);
                    firstHit = firstHit < 0 ? position : firstHit;
                }
            }
            if (hits == 0) {
                continue;
            }
            evaluated++;
            apSum += precisionSum / hits;
            for (int k = firstHit; k < maxRank; k++) {
                hitsWithin[k]++;
            }
        }
        double[] cmc = new double[maxRank];
        for (int k = 0; k < maxRank; k++) {
            cmc[k] = evaluated == 0 ? 0 : hitsWithin[k] / evaluated;
        }
        return new ReidResult(cmc, evaluated == 0 ? 0 : apSum / evaluated, evaluated, queries.length - evaluated);
    }

    /** Gallery image indices for query {@code q}, most similar first. */
    private static List<Integer> rank(float[][] embeddings, String[] identities, int[] cameras, int q, Gallery gallery) {
        List<Integer> candidates = new ArrayList<>();
        for (int g = 0; g < embeddings.length; g++) {
            boolean sameCamera = cameras[g] == cameras[q];
            boolean excluded = g == q || sameCamera && (gallery == Gallery.OTHER_CAMERAS
                    || Objects.equals(identities[g], identities[q]));
            if (!excluded) {
                candidates.add(g);
            }
        }
        double[] similarity = new double[embeddings.length];
        for (int g : candidates) {
            similarity[g] = Vectors.dot(embeddings[q], embeddings[g]);
        }
        candidates.sort(Comparator.comparingDouble((Integer g) -> -similarity[g]).thenComparingInt(g -> g));
        return candidates;
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("Embeddings, identities and cameras differ in count: " + a + " vs " + b);
        }
    }
}
