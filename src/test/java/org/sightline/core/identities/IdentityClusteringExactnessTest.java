package org.sightline.core.identities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.core.identities.bench.MatrixAverageLinkage;
import org.sightline.core.identities.bench.SyntheticTracklets;
import org.sightline.core.inference.Vectors;

/** The scalable grouping gives exactly the identities of the all-pairs matrix implementation it replaced. */
class IdentityClusteringExactnessTest {

    @Test
    void sameIdentitiesAsTheMatrixOnRandomInputsWithTiesAndCorrections() {
        Random random = new Random(20261123);
        int compared = 0;
        int merged = 0;
        for (int trial = 0; trial < 1500; trial++) {
            List<TrackletAppearance> tracklets = randomTracklets(random, 2 + random.nextInt(45));
            double threshold = threshold(random, tracklets);
            Corrections corrections = randomCorrections(random, tracklets);
            Identities expected = new MatrixAverageLinkage(threshold).group(tracklets, corrections);
            Identities actual = new IdentityClustering(threshold).group(tracklets, corrections);
            assertSame(expected, actual, "trial " + trial + ", threshold " + threshold);
            compared++;
            merged += tracklets.size() - actual.all().size();
        }
        assertEquals(1500, compared);
        assertTrue(merged > 5000, "the inputs should make clustering merge a lot, merged " + merged);
    }

    @Test
    void correctionsMadeOnTheNewResultsGiveTheSameAsTheMatrixOnReRuns() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            List<TrackletAppearance> tracklets = randomTracklets(random, 5 + random.nextInt(30));
            double threshold = threshold(random, tracklets);
            IdentityClustering clustering = new IdentityClustering(threshold);
            MatrixAverageLinkage matrix = new MatrixAverageLinkage(threshold);
            Corrections corrections = Corrections.none();
            for (int step = 0; step < 4; step++) {
                Identities current = clustering.group(tracklets, corrections);
                assertSame(matrix.group(tracklets, corrections), current, "trial " + trial + " step " + step);
                if (random.nextBoolean() && current.all().size() > 1) {
                    try {
                        corrections = corrections.merge(current, random.nextInt(current.all().size()),
                                random.nextInt(current.all().size()));
                    } catch (IllegalArgumentException seenTogether) {
                        // Refused merges leave the corrections as they were.
                    }
                } else {
                    corrections = corrections.split(current, tracklets.get(random.nextInt(tracklets.size())).key());
                }
            }
        }
    }

    @Test
    void sameIdentitiesOnOsnetLikeFootageWithLookalikes() {
        for (double personCosine : new double[] {0.45, 0.82}) {
            List<TrackletAppearance> tracklets = SyntheticTracklets.generate(600, 64, 3, personCosine, 11);
            Identities expected = new MatrixAverageLinkage(0.3).group(tracklets, Corrections.none());
            assertSame(expected, new IdentityClustering(0.3).group(tracklets, Corrections.none()), "cosine " + personCosine);
        }
    }

    @Test
    void aGroupTooBigForTheHeapIsRefusedWithAClearMessage() {
        List<TrackletAppearance> tracklets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tracklets.add(new TrackletAppearance("t" + i, "cam" + i, 0, 10, 1, new float[] {1, 0}));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new IdentityClustering(0.3, 100_000).group(tracklets, Corrections.none()));
        assertTrue(e.getMessage().contains("300 tracklets") && e.getMessage().contains("-Xmx"), e.getMessage());
        // Far-apart tracklets form groups of one and need no matrix at all.
        List<TrackletAppearance> apart = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            apart.add(new TrackletAppearance("t" + i, "cam", i * 10L, i * 10L + 5, 1, unit(random(i), 16)));
        }
        assertEquals(300, new IdentityClustering(0.01, 100_000).group(apart, Corrections.none()).all().size());
    }

    private static Random random(int seed) {
        return new Random(seed);
    }

    private static void assertSame(Identities expected, Identities actual, String where) {
        assertEquals(expected.all().stream().map(Identity::keys).toList(),
                actual.all().stream().map(Identity::keys).toList(), where);
        for (int i = 0; i < expected.all().size(); i++) {
            assertArrayEquals(expected.get(i).meanEmbedding(), actual.get(i).meanEmbedding(), where);
        }
    }

    /** Few distinct directions (exact ties), near-duplicates, few videos (overlaps), shuffled keys. */
    private static List<TrackletAppearance> randomTracklets(Random random, int n) {
        int dimension = 2 + random.nextInt(6);
        List<float[]> looks = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(8); i < count; i++) {
            looks.add(unit(random, dimension));
        }
        List<TrackletAppearance> tracklets = new ArrayList<>();
        int videos = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            float[] look = looks.get(random.nextInt(looks.size())).clone();
            if (random.nextInt(3) == 0) {
                for (int d = 0; d < dimension; d++) {
                    look[d] += (float) (random.nextGaussian() * 0.15);
                }
                Vectors.normalizeInPlace(look);
            }
            long first = random.nextInt(200);
            tracklets.add(new TrackletAppearance("k" + random.nextInt(1_000_000) + "-" + i, "v" + random.nextInt(videos),
                    first, first + random.nextInt(40), 1 + random.nextInt(20), look));
        }
        return tracklets;
    }

    /** Sometimes exactly a distance of the input, so pairs lie right on the threshold. */
    private static double threshold(Random random, List<TrackletAppearance> tracklets) {
        if (random.nextBoolean()) {
            TrackletAppearance a = tracklets.get(random.nextInt(tracklets.size()));
            TrackletAppearance b = tracklets.get(random.nextInt(tracklets.size()));
            return Math.max(0, 1.0 - Vectors.dot(a.embedding(), b.embedding()));
        }
        return random.nextDouble() * (random.nextBoolean() ? 0.3 : 1.5);
    }

    private static Corrections randomCorrections(Random random, List<TrackletAppearance> tracklets) {
        Set<Corrections.Link> must = new HashSet<>();
        Set<Corrections.Link> cannot = new HashSet<>();
        for (int i = 0, links = random.nextInt(tracklets.size()); i < links; i++) {
            String a = tracklets.get(random.nextInt(tracklets.size())).key();
            String b = tracklets.get(random.nextInt(tracklets.size())).key();
            if (!a.equals(b)) {
                (random.nextBoolean() ? must : cannot).add(new Corrections.Link(a, b));
            }
        }
        if (random.nextInt(4) == 0) {
            must.add(new Corrections.Link("not-a-tracklet", tracklets.getFirst().key()));
        }
        return new Corrections(must, cannot);
    }

    private static float[] unit(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Vectors.normalizeInPlace(v);
    }
}
