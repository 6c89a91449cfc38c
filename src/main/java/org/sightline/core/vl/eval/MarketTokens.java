package org.sightline.core.vl.eval;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps the 27 Market-1501 attributes (Lin et al. 2019: binary ones 1 = no, 2 = yes; age 1 young ..
 * 4 old; gender 1 male, 2 female; clothes 1 dress, 2 pants; down 1 long, 2 short; up 1 long sleeve,
 * 2 short sleeve; hair 1 short, 2 long) to PETA tokens. Market's "bag" becomes a messenger bag and
 * "handbag" PETA's "carryingOther" (PETA has no handbag token).
 */
public final class MarketTokens {

    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("backpack", "carryingBackpack"), Map.entry("bag", "carryingMessengerBag"),
            Map.entry("handbag", "carryingOther"), Map.entry("hat", "accessoryHat"),
            Map.entry("downblack", "lowerBodyBlack"), Map.entry("downblue", "lowerBodyBlue"),
            Map.entry("downbrown", "lowerBodyBrown"), Map.entry("downgray", "lowerBodyGrey"),
            Map.entry("downgreen", "lowerBodyGreen"), Map.entry("downpink", "lowerBodyPink"),
            Map.entry("downpurple", "lowerBodyPurple"), Map.entry("downwhite", "lowerBodyWhite"),
            Map.entry("downyellow", "lowerBodyYellow"), Map.entry("upblack", "upperBodyBlack"),
            Map.entry("upblue", "upperBodyBlue"), Map.entry("upgreen", "upperBodyGreen"),
            Map.entry("upgray", "upperBodyGrey"), Map.entry("uppurple", "upperBodyPurple"),
            Map.entry("upred", "upperBodyRed"), Map.entry("upwhite", "upperBodyWhite"),
            Map.entry("upyellow", "upperBodyYellow"));
    private static final String[] AGE = {"personalLess15", "personalLess30", "personalLess45", "personalLarger60"};

    /** Every token {@link #toPeta} can give: other PETA tokens are unknown (not absent) for Market crops. */
    public static final java.util.Set<String> COVERED = covered();

    private static java.util.Set<String> covered() {
        java.util.Set<String> all = new java.util.TreeSet<>(BINARY.values());
        all.addAll(java.util.List.of(AGE));
        all.addAll(java.util.List.of("carryingNothing", "personalMale", "personalFemale", "hairShort", "hairLong",
                "upperBodyLongSleeve", "upperBodyShortSleeve", "lowerBodyShortSkirt", "lowerBodyLongSkirt",
                "lowerBodyShorts", "lowerBodyTrousers"));
        return java.util.Set.copyOf(all);
    }

    private MarketTokens() {
    }

    /** PETA tokens for one Market row given by column name; {@code where} names the row in errors. */
    public static Set<String> toPeta(Map<String, String> row, String where) {
        Set<String> tokens = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : BINARY.entrySet()) {
            if (code(row, e.getKey(), 2, where) == 2) {
                tokens.add(e.getValue());
            }
        }
        if (!tokens.contains("carryingBackpack") && !tokens.contains("carryingMessengerBag") && !tokens.contains("carryingOther")) {
            tokens.add("carryingNothing");
        }
        tokens.add(AGE[code(row, "age", 4, where) - 1]);
        tokens.add(code(row, "gender", 2, where) == 1 ? "personalMale" : "personalFemale");
        tokens.add(code(row, "hair", 2, where) == 1 ? "hairShort" : "hairLong");
        tokens.add(code(row, "up", 2, where) == 1 ? "upperBodyLongSleeve" : "upperBodyShortSleeve");
        boolean dress = code(row, "clothes", 2, where) == 1;
        boolean shortLower = code(row, "down", 2, where) == 2;
        tokens.add(dress ? (shortLower ? "lowerBodyShortSkirt" : "lowerBodyLongSkirt")
                : (shortLower ? "lowerBodyShorts" : "lowerBodyTrousers"));
        return tokens;
    }

    private static int code(Map<String, String> row, String column, int max, String where) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException(where + ": no Market attribute column '" + column + "'");
        }
        try {
            int code = Integer.parseInt(value.trim());
            if (code >= 1 && code <= max) {
                return code;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": Market attribute '" + column + "' must be 1.." + max + ", was '" + value + "'");
    }
}
