package org.sightline.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference {@code bpe(token)}: repeatedly merges the adjacent symbol pair with the lowest
 * merge rank, all non-overlapping occurrences left to right, until no ranked pair remains.
 * The last symbol carries the end-of-word marker {@code </w>}. Results are cached.
 */
final class BytePairMerger {

    static final String END_OF_WORD = "</w>";
    private static final int CACHE_LIMIT = 50_000;

    private final Map<String, Integer> ranks;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param ranks merge rank keyed by {@link #pairKey(String, String)} */
    BytePairMerger(Map<String, Integer> ranks) {
        this.ranks = ranks;
    }

    /** Byte-table characters never include a space, so "first second" is an unambiguous key. */
    static String pairKey(String first, String second) {
        return first + ' ' + second;
    }

    List<String> symbols(String token) {
        List<String> cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> merged = List.copyOf(merge(token));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(token, merged);
        return merged;
    }

    private List<String> merge(String token) {
        List<String> word = new ArrayList<>(token.length());
        for (int i = 0; i < token.length() - 1; i++) {
            word.add(String.valueOf(token.charAt(i)));
        }
        word.add(token.charAt(token.length() - 1) + END_OF_WORD);
        while (word.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String first = null;
            String second = null;
            for (int i = 0; i < word.size() - 1; i++) {
                Integer rank = ranks.get(pairKey(word.get(i), word.get(i + 1)));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    first = word.get(i);
                    second = word.get(i + 1);
                }
            }
            if (first == null) {
                break;
            }
            word = mergeAll(word, first, second);
        }
        return word;
    }

    private static List<String> mergeAll(List<String> word, String first, String second) {
        List<String> merged = new ArrayList<>(word.size());
        int i = 0;
        while (i < word.size()) {
            if (i < word.size() - 1 && word.get(i).equals(first) && word.get(i + 1).equals(second)) {
                merged.add(first + second);
                i += 2;
            } else {
                merged.add(word.get(i));
                i++;
            }
        }
        return merged;
    }
}
