package org.sightline.core.vl.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Colour words for PETA's colour suffixes ({@code upperBodyRed} -> "red"), with synonyms. */
final class ColourWords {

    static final List<String> SUFFIXES = List.of("Black", "Blue", "Brown", "Green", "Grey", "Orange", "Pink",
            "Purple", "Red", "White", "Yellow");
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("Black", List.of("black", "black", "dark")), Map.entry("Blue", List.of("blue", "blue", "navy")),
            Map.entry("Brown", List.of("brown", "brown", "tan")), Map.entry("Green", List.of("green")),
            Map.entry("Grey", List.of("grey", "gray")), Map.entry("Orange", List.of("orange")),
            Map.entry("Pink", List.of("pink")), Map.entry("Purple", List.of("purple", "violet")),
            Map.entry("Red", List.of("red", "red", "scarlet")), Map.entry("White", List.of("white")),
            Map.entry("Yellow", List.of("yellow")));

    private ColourWords() {
    }

    /** The main word of a colour suffix: "Grey" -> "grey". */
    static String plain(String suffix) {
        return WORDS.get(suffix).getFirst();
    }

    /** Colour words of the tokens {@code prefix + suffix} present, e.g. "red and white" (empty if none). */
    static String of(Set<String> tokens, String prefix, Random random) {
        List<String> words = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            if (tokens.contains(prefix + suffix)) {
                words.add(Wording.pick(random, WORDS.get(suffix)));
            }
        }
        if (words.size() > 2) {
            words = words.subList(0, 2);
        }
        return words.size() == 2 ? words.get(0) + Wording.pick(random, " and ", "-and-", " ") + words.get(1)
                : words.isEmpty() ? "" : words.getFirst();
    }
}
