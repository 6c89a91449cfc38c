package org.sightline.core.identities.bench;

import org.sightline.core.identities.Corrections;
import org.sightline.core.identities.Identities;
import org.sightline.core.identities.TrackletAppearance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.sightline.core.inference.Vectors;

/**
 * The identity grouping of Sightline up to 2026-11 (a full n x n distance matrix, an n x n
 * forbidden-pair matrix and a queue of all close pairs), kept unchanged as the baseline of
 * {@link ClusteringBench} and the reference the exactness tests hold
 * {@link org.sightline.core.identities.IdentityClustering} to.
 * Groups tracklets from any number of videos into identities by agglomerative clustering with
 * average linkage on cosine distance (1 - cosine of the tracklets' mean embeddings): the two
 * closest groups merge while their average pairwise distance is at most the threshold. Two
 * tracklets seen at the same time in the same video never share an identity, nor do cannot-link
 * pairs of the user's {@link Corrections}; must-link pairs are joined before clustering starts
 * (unless that would break the rules before, in which case the must-link is dropped).
 * Deterministic: tracklets are taken in key order and ties broken by that order, so the same
 * input in any order gives the same identities. O(n^2) memory, O(n^2 log n) time.
 */
public final class MatrixAverageLinkage {

    private final double maxCosineDistance;

    /** @param maxCosineDistance groups merge while their average cosine distance is at most this (0..2) */
    public MatrixAverageLinkage(double maxCosineDistance) {
        if (!(maxCosineDistance >= 0 && maxCosineDistance <= 2)) {
            throw new IllegalArgumentException("Cosine distance threshold must lie in [0, 2], got " + maxCosineDistance);
        }
        this.maxCosineDistance = maxCosineDistance;
    }

    public Identities group(List<TrackletAppearance> input, Corrections corrections) {
        List<TrackletAppearance> tracklets = sortedAndChecked(input);
        int n = tracklets.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(tracklets.get(i).key(), i);
        }
        Clusters clusters = new Clusters(tracklets, forbiddenPairs(tracklets, corrections, index));
        for (Corrections.Link link : sorted(corrections.mustLink())) {
            Integer a = index.get(link.first());
            Integer b = index.get(link.second());
            if (a != null && b != null) {
                clusters.mergeIfAllowed(clusters.find(a), clusters.find(b));
            }
        }
        clusters.agglomerate(maxCosineDistance);
        return clusters.toIdentities();
    }

    private static List<TrackletAppearance> sortedAndChecked(List<TrackletAppearance> input) {
        List<TrackletAppearance> tracklets = new ArrayList<>(input);
        tracklets.sort(Comparator.comparing(TrackletAppearance::key));
        Set<String> keys = new HashSet<>();
        for (TrackletAppearance t : tracklets) {
            if (!keys.add(t.key())) {
                throw new IllegalArgumentException("Tracklet key " + t.key() + " appears twice");
            }
            if (t.embedding().length != tracklets.getFirst().embedding().length) {
                throw new IllegalArgumentException("Tracklet " + t.key() + " has a " + t.embedding().length
                        + "-d embedding, " + tracklets.getFirst().key() + " a " + tracklets.getFirst().embedding().length + "-d one");
            }
        }
        return tracklets;
    }

    private static boolean[][] forbiddenPairs(List<TrackletAppearance> tracklets, Corrections corrections,
                                              Map<String, Integer> index) {
        int n = tracklets.size();
        boolean[][] forbidden = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean overlap = tracklets.get(i).overlaps(tracklets.get(j));
                forbidden[i][j] = overlap;
                forbidden[j][i] = overlap;
            }
        }
        for (Corrections.Link link : corrections.cannotLink()) {
            Integer a = index.get(link.first());
            Integer b = index.get(link.second());
            if (a != null && b != null) {
                forbidden[a][b] = true;
                forbidden[b][a] = true;
            }
        }
        return forbidden;
    }

    private static List<Corrections.Link> sorted(Set<Corrections.Link> links) {
        return links.stream().sorted(Comparator.comparing(Corrections.Link::first)
                .thenComparing(Corrections.Link::second)).toList();
    }

    /** Average-linkage state: cluster distances kept current by the Lance-Williams update. */
    private static final class Clusters {

        private final List<TrackletAppearance> tracklets;
        private final double[][] distance;
        private final boolean[][] forbidden;
        private final int[] parent;
        private final int[] size;
        private final int[] version;

        Clusters(List<TrackletAppearance> tracklets, boolean[][] forbidden) {
            this.tracklets = tracklets;
            this.forbidden = forbidden;
            int n = tracklets.size();
            distance = new double[n][n];
            parent = new int[n];
            size = new int[n];
            version = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
                for (int j = i + 1; j < n; j++) {
                    double d = 1.0 - Vectors.dot(tracklets.get(i).embedding(), tracklets.get(j).embedding());
                    distance[i][j] = d;
                    distance[j][i] = d;
                }
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        boolean mergeIfAllowed(int a, int b) {
            if (a == b || forbidden[a][b]) {
                return false;
            }
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            for (int k = 0; k < parent.length; k++) {
                if (parent[k] == k && k != keep && k != gone) {
                    double d = (size[keep] * distance[keep][k] + size[gone] * distance[gone][k]) / (size[keep] + size[gone]);
                    distance[keep][k] = d;
                    distance[k][keep] = d;
                    boolean f = forbidden[keep][k] || forbidden[gone][k];
                    forbidden[keep][k] = f;
                    forbidden[k][keep] = f;
                }
            }
            parent[gone] = keep;
            size[keep] += size[gone];
            version[keep]++;
            version[gone]++;
            return true;
        }

        private record Candidate(double distance, int a, int b, int versionA, int versionB) {
        }

        void agglomerate(double threshold) {
            PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::distance)
                    .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
            for (int a = 0; a < parent.length; a++) {
                for (int b = a + 1; b < parent.length; b++) {
                    offer(queue, a, b, threshold);
                }
            }
            while (!queue.isEmpty()) {
                Candidate c = queue.poll();
                if (version[c.a] != c.versionA || version[c.b] != c.versionB
                        || parent[c.a] != c.a || parent[c.b] != c.b || !mergeIfAllowed(c.a, c.b)) {
                    continue;
                }
                for (int k = 0; k < parent.length; k++) {
                    if (parent[k] == k && k != c.a) {
                        offer(queue, Math.min(c.a, k), Math.max(c.a, k), threshold);
                    }
                }
            }
        }

        private void offer(java.util.Queue<Candidate> queue, int a, int b, double threshold) {
            if (parent[a] == a && parent[b] == b && !forbidden[a][b] && distance[a][b] <= threshold) {
                queue.add(new Candidate(distance[a][b], a, b, version[a], version[b]));
            }
        }

        Identities toIdentities() {
            int[] root = new int[parent.length];
            for (int i = 0; i < parent.length; i++) {
                root[i] = find(i);
            }
            return Identities.fromRoots(tracklets, root);
        }
    }
}
