package org.sightline.cli.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Which rows of a labels file an evaluation uses: all, the first N, or N drawn at random with a seed. */
final class LabelSubsets {

    private LabelSubsets() {
    }

    /** Row indexes in file order. {@code sample} wins over {@code limit}; 0 means not given. */
    static List<Integer> rows(int size, int limit, int sample, long seed) {
        if (limit < 0 || sample < 0) {
            throw new IllegalArgumentException("--limit and --sample must not be negative");
        }
        if (sample > 0 && sample < size) {
            List<Integer> all = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            Collections.shuffle(all, new Random(seed));
            List<Integer> chosen = new ArrayList<>(all.subList(0, sample));
            Collections.sort(chosen);
            return chosen;
        }
        int n = limit > 0 ? Math.min(limit, size) : size;
        return IntStream.range(0, n).boxed().toList();
    }
}
