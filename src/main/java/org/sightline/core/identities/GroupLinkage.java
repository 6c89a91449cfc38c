package org.sightline.core.identities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Average linkage within one {@link ReachGroups} group, merging exactly as the all-pairs queue did:
 * always the allowed pair within the threshold with the smallest (distance, first, second), the
 * first keeping the merged cluster, distances kept by the same Lance-Williams arithmetic. Holds the
 * upper triangle of distances as doubles (4 m^2 bytes for m tracklets) and forbidden pairs as bits;
 * instead of a queue of all close pairs each cluster remembers its nearest allowed later cluster.
 * Indices are the group's, in the order of the tracklets' keys.
 */
final class GroupLinkage {

    private static final int NONE = -1;

    private final double[][] distance;
    private final long[] forbidden;
    private final int size;
    private final int[] parent;
    private final int[] members;
    private final int[] best;
    private final double[] bestDistance;

    /** Estimated heap for a group of {@code m} tracklets, in bytes. */
    static long bytesFor(long m) {
        return 8 * (m * (m - 1) / 2) + 24 * m + (m * m / 2) / 8 + 64 * m;
    }

    /** @param group indices into {@code tracklets}, increasing; {@code cannotLinks} pairs of indices into it */
    GroupLinkage(List<TrackletAppearance> tracklets, int[] group, List<int[]> cannotLinks) {
        size = group.length;
        float[][] vectors = new float[size][];
        for (int i = 0; i < size; i++) {
            vectors[i] = tracklets.get(group[i]).embedding();
        }
        distance = new double[size][];
        forbidden = new long[(int) ((bitIndex(size - 1, size) >> 6) + 1)];
        parent = IntStream.range(0, size).toArray();
        members = new int[size];
        Arrays.fill(members, 1);
        best = new int[size];
        bestDistance = new double[size];
        IntStream.range(0, size).parallel().forEach(i -> {
            distance[i] = new double[size - 1 - i];
            CosineDistances.row(vectors[i], vectors, i + 1, size, distance[i]);
        });
        forbidOverlaps(tracklets, group);
        cannotLinks.forEach(link -> forbid(link[0], link[1]));
    }

    /** Tracklets seen at a common frame of one video, found per video by a sweep over start frames. */
    private void forbidOverlaps(List<TrackletAppearance> tracklets, int[] group) {
        Map<String, List<Integer>> byVideo = new HashMap<>();
        for (int i = 0; i < size; i++) {
            byVideo.computeIfAbsent(tracklets.get(group[i]).videoId(), v -> new ArrayList<>()).add(i);
        }
        for (List<Integer> video : byVideo.values()) {
            video.sort(Comparator.comparingLong(i -> tracklets.get(group[i]).firstFrame()));
            for (int x = 0; x < video.size(); x++) {
                TrackletAppearance first = tracklets.get(group[video.get(x)]);
                for (int y = x + 1; y < video.size(); y++) {
                    TrackletAppearance second = tracklets.get(group[video.get(y)]);
                    if (second.firstFrame() > first.lastFrame()) {
                        break;
                    }
                    forbid(video.get(x), video.get(y));
                }
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
        if (a == b || isForbidden(a, b)) {
            return false;
        }
        int keep = Math.min(a, b);
        int gone = Math.max(a, b);
        for (int k = 0; k < size; k++) {
            if (parent[k] == k && k != keep && k != gone) {
                set(keep, k, (members[keep] * get(keep, k) + members[gone] * get(gone, k)) / (members[keep] + members[gone]));
                if (isForbidden(gone, k)) {
                    forbid(keep, k);
                }
            }
        }
        parent[gone] = keep;
        members[keep] += members[gone];
        return true;
    }

    void agglomerate(double threshold) {
        for (int a = 0; a < size; a++) {
            if (parent[a] == a) {
                findBest(a, threshold);
            }
        }
        while (true) {
            int a = NONE;
            for (int x = 0; x < size; x++) {
                if (parent[x] == x && best[x] != NONE && (a == NONE || Double.compare(bestDistance[x], bestDistance[a]) < 0)) {
                    a = x;
                }
            }
            if (a == NONE) {
                return;
            }
            int b = best[a];
            mergeIfAllowed(a, b);
            for (int x = 0; x < size; x++) {
                if (parent[x] != x) {
                    continue;
                }
                if (x == a || best[x] == b || x < a && best[x] == a) {
                    findBest(x, threshold);
                } else if (x < a && allowed(x, a, threshold) && (best[x] == NONE || isCloser(get(x, a), a, bestDistance[x], best[x]))) {
                    best[x] = a;
                    bestDistance[x] = get(x, a);
                }
            }
        }
    }

    /** The root of each of the group's tracklets. */
    int[] roots() {
        int[] roots = new int[size];
        for (int i = 0; i < size; i++) {
            roots[i] = find(i);
        }
        return roots;
    }

    private void findBest(int a, double threshold) {
        best[a] = NONE;
        for (int b = a + 1; b < size; b++) {
            if (parent[b] == b && allowed(a, b, threshold)
                    && (best[a] == NONE || Double.compare(get(a, b), bestDistance[a]) < 0)) {
                best[a] = b;
                bestDistance[a] = get(a, b);
            }
        }
    }

    private static boolean isCloser(double d, int b, double otherDistance, int other) {
        int order = Double.compare(d, otherDistance);
        return order < 0 || order == 0 && b < other;
    }

    private boolean allowed(int a, int b, double threshold) {
        return !isForbidden(a, b) && get(a, b) <= threshold;
    }

    private double get(int i, int j) {
        return i < j ? distance[i][j - i - 1] : distance[j][i - j - 1];
    }

    private void set(int i, int j, double d) {
        if (i < j) {
            distance[i][j - i - 1] = d;
        } else {
            distance[j][i - j - 1] = d;
        }
    }

    private long bitIndex(int i, int j) {
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        return (long) low * size - (long) low * (low + 1) / 2 + (high - low - 1);
    }

    private boolean isForbidden(int i, int j) {
        long bit = bitIndex(i, j);
        return (forbidden[(int) (bit >> 6)] & (1L << bit)) != 0;
    }

    private void forbid(int i, int j) {
        long bit = bitIndex(i, j);
        forbidden[(int) (bit >> 6)] |= 1L << bit;
    }
}
