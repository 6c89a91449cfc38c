package org.sightline.core.identities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentityClusteringTest {

    private static final IdentityClustering CLUSTERING = new IdentityClustering(0.2);

    @Test
    void groupsLookalikesAcrossVideosAndKeepsOthersApart() {
        // Cosine distance 1 - cos(angle): 10 degrees = 0.015, 60 degrees = 0.5.
        List<TrackletAppearance> tracklets = List.of(
                tracklet("cam1/1", "cam1", 0, 50, 0),
                tracklet("cam2/1", "cam2", 0, 50, 10),
                tracklet("cam1/2", "cam1", 60, 90, 5),
                tracklet("cam1/3", "cam1", 0, 90, 60));
        Identities identities = CLUSTERING.group(tracklets, Corrections.none());
        assertEquals(2, identities.all().size());
        assertEquals(List.of("cam1/1", "cam1/2", "cam2/1"), identities.get(0).keys());
        assertEquals(List.of("cam1/3"), identities.get(1).keys());
    }

    @Test
    void trackletsSeenAtTheSameTimeInOneVideoNeverMerge() {
        // Identical looks, but both in cam1 at frames 40..50: two people dressed alike.
        Identities identities = CLUSTERING.group(List.of(
                tracklet("a", "cam1", 0, 50, 0), tracklet("b", "cam1", 40, 90, 0), tracklet("c", "cam2", 0, 90, 0)),
                Corrections.none());
        assertEquals(2, identities.all().size());
        assertNotEquals(identities.of("a").number(), identities.of("b").number());
        // c may join one of them, never both (that group would hold a and b).
        assertTrue(identities.all().stream().noneMatch(i -> i.keys().containsAll(List.of("a", "b"))));
    }

    @Test
    void averageLinkageDoesNotChainLikeSingleLinkage() {
        // A chain at 0, 12, 26, 42, 60 degrees: neighbours lie 0.022 to 0.049 apart, so single
        // linkage at 0.1 would join all five. Average linkage (checked by hand): {0,12} at 0.022,
        // {26,42} at 0.039; then {0,12}-{26,42} averages 0.130, {26,42}-{60} 0.110: it stops.
        double[] angles = {0, 12, 26, 42, 60};
        List<TrackletAppearance> chain = new ArrayList<>();
        for (int i = 0; i < angles.length; i++) {
            chain.add(tracklet("t" + i, "cam" + i, 0, 10, angles[i]));
        }
        Identities identities = new IdentityClustering(0.1).group(chain, Corrections.none());
        assertEquals(List.of(List.of("t0", "t1"), List.of("t2", "t3"), List.of("t4")),
                identities.all().stream().map(Identity::keys).toList());
    }

    @Test
    void theMeanEmbeddingWeighsTrackletsByDetections() {
        TrackletAppearance a = new TrackletAppearance("a", "cam1", 0, 10, 3, angle(0));
        TrackletAppearance b = new TrackletAppearance("b", "cam2", 0, 10, 1, angle(20));
        float[] mean = CLUSTERING.group(List.of(a, b), Corrections.none()).get(0).meanEmbedding();
        double x = 3 + Math.cos(Math.toRadians(20));
        double y = Math.sin(Math.toRadians(20));
        double norm = Math.hypot(x, y);
        assertArrayEquals(new float[] {(float) (x / norm), (float) (y / norm)}, mean, 1e-6f);
    }

    @Test
    void mergeAndSplitCorrectionsHoldOnReRuns() {
        List<TrackletAppearance> tracklets = List.of(
                tracklet("a", "cam1", 0, 10, 0), tracklet("b", "cam2", 0, 10, 5),
                tracklet("c", "cam3", 0, 10, 90), tracklet("d", "cam4", 0, 10, 93));
        Identities first = CLUSTERING.group(tracklets, Corrections.none());
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), first.all().stream().map(Identity::keys).toList());

        // The user says both are one person (e.g. a change of clothes lighting): a re-run agrees.
        Corrections merged = Corrections.none().merge(first, 0, 1);
        Identities second = CLUSTERING.group(tracklets, merged);
        assertEquals(1, second.all().size());

        // Then says b is someone else: b leaves, the rest stays together, on every re-run.
        Corrections split = merged.split(second, "b");
        Identities third = CLUSTERING.group(tracklets, split);
        assertEquals(List.of(List.of("a", "c", "d"), List.of("b")), third.all().stream().map(Identity::keys).toList());
        assertEquals(keys(third), keys(CLUSTERING.group(tracklets, split)));

        // Splitting b out when it was only grouped by looks keeps it apart from a for good.
        Identities apart = CLUSTERING.group(tracklets, Corrections.none().split(first, "b"));
        assertNotEquals(apart.of("a").number(), apart.of("b").number());
    }

    @Test
    void mergingIdentitiesSeenTogetherIsRefused() {
        Identities identities = CLUSTERING.group(List.of(
                tracklet("a", "cam1", 0, 50, 0), tracklet("b", "cam1", 40, 90, 90)), Corrections.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Corrections.none().merge(identities, 0, 1));
        assertTrue(e.getMessage().contains("a and b") && e.getMessage().contains("cam1"), e.getMessage());
    }

    @Test
    void sameResultInAnyInputOrder() {
        Random random = new Random(7);
        List<TrackletAppearance> tracklets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tracklets.add(tracklet(String.format("t%02d", i), "cam" + random.nextInt(3), random.nextInt(100),
                    100 + random.nextInt(100), random.nextInt(8) * 20 + random.nextDouble() * 6));
        }
        Identities expected = CLUSTERING.group(tracklets, Corrections.none());
        for (int trial = 0; trial < 5; trial++) {
            Collections.shuffle(tracklets, random);
            Identities shuffled = CLUSTERING.group(tracklets, Corrections.none());
            assertEquals(expected.all().stream().map(Identity::keys).toList(),
                    shuffled.all().stream().map(Identity::keys).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> CLUSTERING.group(
                List.of(tracklet("x", "c", 0, 1, 0), tracklet("x", "c", 5, 6, 0)), Corrections.none()));
    }

    private static List<List<String>> keys(Identities identities) {
        return identities.all().stream().map(Identity::keys).toList();
    }

    private static TrackletAppearance tracklet(String key, String video, long first, long last, double degrees) {
        return new TrackletAppearance(key, video, first, last, 1, angle(degrees));
    }

    private static float[] angle(double degrees) {
        double radians = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(radians), (float) Math.sin(radians)};
    }
}
