package org.sightline.core.attributes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeMappingTest {
    private static final float[] OUTPUTS = {0.9f, 0.2f, 0.7f, 0.1f, 0.8f, 0.6f, 0.3f, 0.4f};

    @Test
    void crossroadOutputsBecomePetaScoresWithNegations() {
        AttributeMapping m = BuiltInMappings.crossroad0230();
        AttributeScores s = m.apply("crossroad-0230", OUTPUTS);
        assertEquals("crossroad-0230", s.predictorId());
        assertEquals(0.9, s.probability("personalMale").orElseThrow(), 1e-6);
        assertEquals(0.1, s.probability("personalFemale").orElseThrow(), 1e-6);
        assertEquals(0.2, s.probability("carryingMessengerBag").orElseThrow(), 1e-6);
        assertEquals(0.7, s.probability("carryingBackpack").orElseThrow(), 1e-6);
        assertEquals(0.1, s.probability("accessoryHat").orElseThrow(), 1e-6);
        assertEquals(0.8, s.probability("upperBodyLongSleeve").orElseThrow(), 1e-6);
        assertEquals(0.6, s.probability("lowerBodyTrousers").orElseThrow(), 1e-6);
        assertEquals(0.3, s.probability("hairLong").orElseThrow(), 1e-6);
        assertEquals(0.7, s.probability("hairShort").orElseThrow(), 1e-6);
        assertEquals(0.4, s.probability("upperBodyJacket").orElseThrow(), 1e-6);
        assertTrue(s.positives(0.5).containsAll(List.of("personalMale", "carryingBackpack", "hairShort")));
    }

    @Test
    void coverageNamesCoveredUncoveredAndUnusedTokens() {
        AttributeMapping m = BuiltInMappings.crossroad0230();
        MappingCoverage peta = m.coverage(BuiltInSchemas.peta35());
        assertEquals(List.of("accessoryHat", "hairLong", "upperBodyJacket", "upperBodyShortSleeve",
                "lowerBodyTrousers", "carryingBackpack", "carryingMessengerBag", "personalMale"), peta.covered());
        assertEquals(27, peta.uncovered().size());
        assertEquals(List.of("personalFemale", "upperBodyLongSleeve", "hairShort"), peta.unused());
        MappingCoverage def = m.coverage(BuiltInSchemas.sightlineDefault());
        assertEquals(11, def.covered().size());
        assertTrue(def.unused().isEmpty());
    }

    @Test
    void missingOutputAndWrongLengthAreNamed() {
        AttributeMapping m = BuiltInMappings.crossroad0230();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.apply("p", Map.of("is_male", 0.5f)));
        assertTrue(e.getMessage().contains("no output 'has_bag'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.apply("p", new float[3]));
    }

    @Test
    void mappingRejectsRulesOnUnknownOutputsAndTokensMappedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AttributeMapping(
                "m", "m", List.of("a"), List.of(new MappingRule("b", "x", false, null),
                new MappingRule("a", "y", false, null), new MappingRule("a", "y", true, null))));
        assertTrue(e.getMessage().contains("output 'b' is not among the outputs"), e.getMessage());
        assertTrue(e.getMessage().contains("token 'y' already mapped by rules[1]"), e.getMessage());
    }

    @Test
    void mappingRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.json");
        AttributeMappingJson.write(BuiltInMappings.crossroad0230(), file);
        assertEquals(BuiltInMappings.crossroad0230(), AttributeMappingJson.read(file));
    }

    @Test
    void scoresRejectProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new AttributeScores("p", Map.of("a", 1.5f)));
        assertThrows(IllegalArgumentException.class, () -> new AttributeScores("p", Map.of("a", Float.NaN)));
        AttributeScores s = new AttributeScores("p", Map.of("a", 0.5f, "b", 0.51f));
        assertEquals(java.util.Set.of("b"), s.positives(0.5));
        assertEquals(List.of("personalMale"), new AttributeScores("p", Map.of("personalMale", 1f, "zzz", 0f))
                .restrictedTo(BuiltInSchemas.peta35()).probabilities().keySet().stream().toList());
    }
}
