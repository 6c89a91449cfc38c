package org.sightline.core.vl.sentences;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small helpers for picking synonyms, articles and joining lists into English. */
final class Wording {

    private Wording() {
    }

    static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    /** "a" or "an" before {@code phrase}; plurals and mass nouns get none. */
    static String withArticle(String phrase) {
        return (isVowel(phrase.charAt(0)) ? "an " : "a ") + phrase;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** "x", "x and y", "x, y and z" (or with "or" when {@code conjunction} says so). */
    static String join(List<String> parts, String conjunction) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.getLast();
    }

    static String lookup(Map<String, List<String>> table, String key, Random random) {
        List<String> options = table.get(key);
        return options == null ? null : pick(random, options);
    }
}
