package org.sightline.core.search;

import java.util.ArrayList;
import java.util.List;

/** The {@code k} best (id, score) pairs seen so far, kept in a min-heap so a worse candidate costs one compare. */
public final class TopK {
    private final long[] ids;
    private final float[] scores;
    private int size;

    public TopK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive, got " + k);
        }
        ids = new long[k];
        scores = new float[k];
    }

    /** The score a candidate must beat to enter, or negative infinity while not full. */
    public float threshold() {
        return size < ids.length ? Float.NEGATIVE_INFINITY : scores[0];
    }

    public void offer(long id, float score) {
        if (size < ids.length) {
            ids[size] = id;
            scores[size] = score;
            siftUp(size++);
        } else if (score > scores[0]) {
            ids[0] = id;
            scores[0] = score;
            siftDown(0);
        }
    }

    /** The kept pairs, best first; ties broken by smaller id so results are deterministic. */
    public List<ScoredId> sorted() {
        List<ScoredId> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            result.add(new ScoredId(ids[i], scores[i]));
        }
        result.sort((a, b) -> a.score() != b.score() ? Float.compare(b.score(), a.score()) : Long.compare(a.id(), b.id()));
        return result;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (scores[parent] <= scores[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && scores[left + 1] < scores[left] ? left + 1 : left;
            if (scores[i] <= scores[smallest]) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
