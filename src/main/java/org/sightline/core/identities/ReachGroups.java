package org.sightline.core.identities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Splits tracklets into groups that average linkage can never join across: the connected parts of
 * the graph whose edges are must-link pairs and allowed pairs (not seen together, not cannot-linked)
 * within the threshold. Two clusters from different parts either hold a forbidden pair (so they are
 * forbidden, as forbidding spreads to every merge) or lie wholly beyond the threshold, and their
 * average does too: each Lance-Williams step rounds a weighted mean of values of at most ~2 by
 * under 1e-15, so after at most n steps it stays above the smallest member pair minus n * 1e-15,
 * covered by {@link #slack}. Clustering each part alone therefore merges exactly as clustering all
 * of them at once, in the same order within each part (and so does clustering any union of parts). The pairs' distances are computed once
 * here, on every core, and not kept: memory stays O(n).
 */
final class ReachGroups {

    /**
     * Once one group holds this share of all tracklets, the rest are not looked at: all of them
     * together form one group (any union of groups clusters the same), which costs at most 1/0.9^2
     * the memory and saves computing most distances twice.
     */
    private static final double NEARLY_ALL = 0.9;

    private ReachGroups() {
    }

    static double slack(int n) {
        return 1e-9 + n * 1e-15;
    }

    /** Each group's tracklet indices in increasing order; groups ordered by their first index. */
    static List<int[]> of(List<TrackletAppearance> tracklets, Set<Long> cannotLinked, List<int[]> mustLinks,
                          double threshold) {
        int n = tracklets.size();
        float[][] vectors = new float[n][];
        int[] video = new int[n];
        long[] first = new long[n];
        long[] last = new long[n];
        Map<String, Integer> videos = new HashMap<>();
        for (int i = 0; i < n; i++) {
            TrackletAppearance t = tracklets.get(i);
            vectors[i] = t.embedding();
            video[i] = videos.computeIfAbsent(t.videoId(), v -> videos.size());
            first[i] = t.firstFrame();
            last[i] = t.lastFrame();
        }
        double limit = threshold + slack(n);
        int[] parent = IntStream.range(0, n).toArray();
        int[] size = new int[n];
        Arrays.fill(size, 1);
        AtomicBoolean nearlyAll = new AtomicBoolean();
        ThreadLocal<double[]> rows = ThreadLocal.withInitial(() -> new double[n]);
        ThreadLocal<int[]> nears = ThreadLocal.withInitial(() -> new int[n]);
        IntStream.range(0, n).parallel().forEach(i -> {
            if (nearlyAll.get()) {
                return;
            }
            double[] row = rows.get();
            int[] near = nears.get();
            int count = 0;
            CosineDistances.row(vectors[i], vectors, i + 1, n, row);
            for (int j = i + 1; j < n; j++) {
                boolean seenTogether = video[i] == video[j] && first[i] <= last[j] && first[j] <= last[i];
                if (!(row[j - i - 1] > limit) && !seenTogether
                        && (cannotLinked.isEmpty() || !cannotLinked.contains(pair(i, j)))) {
                    near[count++] = j;
                }
            }
            if (count > 0) {
                synchronized (parent) {
                    for (int k = 0; k < count; k++) {
                        union(parent, size, i, near[k]);
                    }
                    if (size[find(parent, i)] >= NEARLY_ALL * n) {
                        nearlyAll.set(true);
                    }
                }
            }
        });
        if (nearlyAll.get()) {
            return List.of(IntStream.range(0, n).toArray());
        }
        mustLinks.forEach(link -> union(parent, size, link[0], link[1]));
        return groups(parent);
    }

    static long pair(int i, int j) {
        return (long) Math.min(i, j) * Integer.MAX_VALUE + Math.max(i, j);
    }

    private static List<int[]> groups(int[] parent) {
        int n = parent.length;
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[find(parent, i)]++;
        }
        int[][] byRoot = new int[n][];
        List<int[]> groups = new ArrayList<>();
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (byRoot[root] == null) {
                byRoot[root] = new int[count[root]];
                groups.add(byRoot[root]);
            }
            byRoot[root][filled[root]++] = i;
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int[] size, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            size[Math.min(ra, rb)] += size[Math.max(ra, rb)];
        }
    }
}
