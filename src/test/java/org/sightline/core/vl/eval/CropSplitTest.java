package org.sightline.core.vl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CropSplitTest {

    private static List<PedestrianCrop> synthetic() {
        List<PedestrianCrop> crops = new ArrayList<>();
        for (String subset : List.of("PRID", "MIT", "GRID", "TownCentre")) {
            for (int p = 0; p < 30; p++) {
                for (int k = 0; k < 2; k++) {
                    crops.add(new PedestrianCrop(Path.of("/x/" + subset + p + "_" + k), "PETA/" + subset + "/" + p, "PETA/" + subset, Set.of()));
                }
            }
        }
        for (int p = 0; p < 100; p++) {
            for (int k = 0; k < 4; k++) {
                crops.add(new PedestrianCrop(Path.of("/m/" + p + "_" + k), "Market/" + p, "Market", Set.of()));
            }
        }
        return crops;
    }

    private static void assertPersonDisjoint(CropSplit split) {
        Set<String> trainPeople = new HashSet<>();
        split.train().forEach(c -> trainPeople.add(c.personKey()));
        split.validation().forEach(c -> assertFalse(trainPeople.contains(c.personKey()), c.personKey()));
        split.train().forEach(c -> assertFalse(CropSplit.HELD_OUT_PETA_SUBSETS.contains(c.source()), c.source()));
    }

    @Test
    void holdsOutWholeSubsetsAndAFifthOfMarketPeoplePersonDisjointly() {
        CropSplit split = CropSplit.of(synthetic(), 7);
        assertPersonDisjoint(split);
        assertEquals(120 + 20 * 4, split.validation().size());
        assertEquals(synthetic().size(), split.train().size() + split.validation().size());
    }

    @Test
    void sameSeedSameSplitOtherSeedOther() {
        assertEquals(CropSplit.of(synthetic(), 7).validation(), CropSplit.of(synthetic(), 7).validation());
        assertFalse(CropSplit.of(synthetic(), 7).validation().equals(CropSplit.of(synthetic(), 8).validation()));
    }

    @Test
    void realDataSplitIsPersonDisjoint() throws Exception {
        Path data = Path.of(System.getProperty("sightline.dataDir", "../shared/data"));
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("peta-dev/labels.csv")) && Files.isRegularFile(data.resolve("market-dev/labels.csv")),
                "shared data (peta-dev, market-dev) not found under " + data.toAbsolutePath());
        List<PedestrianCrop> crops = PedestrianCrops.readAll(data);
        CropSplit split = CropSplit.of(crops, 7);
        assertPersonDisjoint(split);
        assertTrue(split.validation().stream().anyMatch(c -> c.source().equals("Market")));
        assertTrue(split.validation().stream().anyMatch(c -> c.source().equals("PETA/PRID")));
    }
}
