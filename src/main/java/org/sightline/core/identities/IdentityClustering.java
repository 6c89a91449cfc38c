package org.sightline.core.identities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups tracklets from any number of videos into identities by agglomerative clustering with
 * average linkage on cosine distance (1 - cosine of the tracklets' mean embeddings): the two
 * closest groups merge while their average pairwise distance is at most the threshold. Two
 * tracklets seen at the same time in the same video never share an identity, nor do cannot-link
 * pairs of the user's {@link Corrections}; must-link pairs are joined before clustering starts
 * (unless that would break the rules before, in which case the must-link is dropped).
 * Deterministic: tracklets are taken in key order and ties broken by that order, so the same
 * input in any order gives the same identities.
 * <p>Scales to long footage by clustering apart the {@link ReachGroups} that can never merge (for
 * well-separated people: about one per person), each exactly as all together would: memory is
 * O(n) plus 4 m^2 bytes for the largest group of m look-alike tracklets (refused with a clear
 * message where the heap cannot hold it); time is O(n^2) distance computations, on every core,
 * plus O(m^2) per group.
 */
public final class IdentityClustering {

    private final double maxCosineDistance;
    private final long heapBytes;

    /** @param maxCosineDistance groups merge while their average cosine distance is at most this (0..2) */
    public IdentityClustering(double maxCosineDistance) {
        this(maxCosineDistance, Runtime.getRuntime().maxMemory());
    }

    /** @param heapBytes the memory a group's distances may take at most (tests set it small) */
    IdentityClustering(double maxCosineDistance, long heapBytes) {
        if (!(maxCosineDistance >= 0 && maxCosineDistance <= 2)) {
            throw new IllegalArgumentException("Cosine distance threshold must lie in [0, 2], got " + maxCosineDistance);
        }
        this.maxCosineDistance = maxCosineDistance;
        this.heapBytes = heapBytes;
    }

    public Identities group(List<TrackletAppearance> input, Corrections corrections) {
        List<TrackletAppearance> tracklets = sortedAndChecked(input);
        int n = tracklets.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(tracklets.get(i).key(), i);
        }
        List<int[]> mustLinks = indexed(sorted(corrections.mustLink()), index);
        List<int[]> cannotLinks = indexed(corrections.cannotLink(), index);
        Set<Long> cannotLinked = new HashSet<>();
        cannotLinks.forEach(link -> cannotLinked.add(ReachGroups.pair(link[0], link[1])));
        List<int[]> groups = ReachGroups.of(tracklets, cannotLinked, mustLinks, maxCosineDistance);
        int[] groupOf = new int[n];
        int[] position = new int[n];
        for (int g = 0; g < groups.size(); g++) {
            for (int p = 0; p < groups.get(g).length; p++) {
                groupOf[groups.get(g)[p]] = g;
                position[groups.get(g)[p]] = p;
            }
        }
        Map<Integer, List<int[]>> mustByGroup = byGroup(mustLinks, groupOf, position);
        Map<Integer, List<int[]>> cannotByGroup = byGroup(cannotLinks, groupOf, position);
        int[] root = new int[n];
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g);
            if (group.length == 1) {
                root[group[0]] = group[0];
                continue;
            }
            GroupLinkage linkage = allocate(tracklets, group, cannotByGroup.getOrDefault(g, List.of()));
            for (int[] link : mustByGroup.getOrDefault(g, List.of())) {
                linkage.mergeIfAllowed(linkage.find(link[0]), linkage.find(link[1]));
            }
            linkage.agglomerate(maxCosineDistance);
            int[] roots = linkage.roots();
            for (int p = 0; p < group.length; p++) {
                root[group[p]] = group[roots[p]];
            }
        }
        return Identities.fromRoots(tracklets, root);
    }

    /**
     * The largest group this JVM can hold; past it, a clear refusal instead of an OutOfMemoryError
     * part-way (nothing is saved before grouping ends, so nothing is lost).
     */
    private GroupLinkage allocate(List<TrackletAppearance> tracklets, int[] group, List<int[]> cannotLinks) {
        long needed = GroupLinkage.bytesFor(group.length);
        long max = heapBytes;
        if (needed > max * 0.9) {
            throw tooLarge(group.length, tracklets.size(), needed, max);
        }
        try {
            return new GroupLinkage(tracklets, group, cannotLinks);
        } catch (OutOfMemoryError e) {
            throw tooLarge(group.length, tracklets.size(), needed, max);
        }
    }

    private static IllegalStateException tooLarge(int group, int all, long needed, long max) {
        return new IllegalStateException(String.format("Identity grouping needs about %d MB for %d tracklets that "
                + "look alike (of %d in all), more than this run has free of its %d MB heap; start Sightline with "
                + "more memory (-Xmx) or lower the grouping threshold", needed >> 20, group, all, max >> 20));
    }

    private static List<int[]> indexed(java.util.Collection<Corrections.Link> links, Map<String, Integer> index) {
        List<int[]> pairs = new ArrayList<>();
        for (Corrections.Link link : links) {
            Integer a = index.get(link.first());
            Integer b = index.get(link.second());
            if (a != null && b != null) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }

    /** Links within one group, in their order, as positions in the group. */
    private static Map<Integer, List<int[]>> byGroup(List<int[]> links, int[] groupOf, int[] position) {
        Map<Integer, List<int[]>> byGroup = new HashMap<>();
        for (int[] link : links) {
            if (groupOf[link[0]] == groupOf[link[1]]) {
                byGroup.computeIfAbsent(groupOf[link[0]], g -> new ArrayList<>())
                        .add(new int[] {position[link[0]], position[link[1]]});
            }
        }
        return byGroup;
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

    private static List<Corrections.Link> sorted(Set<Corrections.Link> links) {
        return links.stream().sorted(Comparator.comparing(Corrections.Link::first)
                .thenComparing(Corrections.Link::second)).toList();
    }
}
