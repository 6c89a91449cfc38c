package org.sightline.core.vl.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketTokensTest {

    private static Map<String, String> row() {
        Map<String, String> row = new HashMap<>();
        for (String c : new String[] {"backpack", "bag", "handbag", "downblack", "downblue", "downbrown", "downgray", "downgreen",
                "downpink", "downpurple", "downwhite", "downyellow", "upblack", "upblue", "upgreen", "upgray", "uppurple", "upred",
                "upwhite", "upyellow", "hat"}) {
            row.put(c, "1");
        }
        row.put("age", "2");
        row.put("gender", "2");
        row.put("hair", "2");
        row.put("up", "2");
        row.put("clothes", "1");
        row.put("down", "2");
        return row;
    }

    @Test
    void mapsCodesToPetaTokens() {
        Map<String, String> row = row();
        row.put("upred", "2");
        row.put("downblue", "2");
        row.put("backpack", "2");
        assertEquals(Set.of("upperBodyRed", "lowerBodyBlue", "carryingBackpack", "personalLess30", "personalFemale", "hairLong",
                "upperBodyShortSleeve", "lowerBodyShortSkirt"), MarketTokens.toPeta(row, "row 2"));
        assertTrue(MarketTokens.COVERED.containsAll(MarketTokens.toPeta(row, "row 2")));
    }

    @Test
    void nothingCarriedAndBadCodesNamed() {
        Map<String, String> row = row();
        row.put("gender", "1");
        row.put("clothes", "2");
        row.put("down", "1");
        Set<String> tokens = MarketTokens.toPeta(row, "row 3");
        assertTrue(tokens.containsAll(Set.of("carryingNothing", "personalMale", "lowerBodyTrousers")), tokens.toString());
        row.put("age", "5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MarketTokens.toPeta(row, "labels.csv line 9"));
        assertTrue(e.getMessage().contains("labels.csv line 9") && e.getMessage().contains("age"), e.getMessage());
    }
}
