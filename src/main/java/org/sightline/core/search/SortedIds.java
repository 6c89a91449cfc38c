package org.sightline.core.search;

import java.util.Arrays;

/** Set difference of id arrays, for bringing an index up to date with its source. */
final class SortedIds {
    private SortedIds() {
    }

    /** {@code ids}, sorted in place. */
    static long[] of(long[] ids) {
        Arrays.sort(ids);
        return ids;
    }

    /** The values of sorted {@code a} absent from sorted {@code b}, ascending. */
    static long[] without(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long value : a) {
            while (j < b.length && b[j] < value) {
                j++;
            }
            if (j == b.length || b[j] != value) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
