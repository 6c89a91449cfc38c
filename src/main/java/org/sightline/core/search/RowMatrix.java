package org.sightline.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Vectors stored in blocks of {@link #BLOCK} rows, each block transposed (dimension-major). Scoring a
 * block is then a few element-wise multiply-adds over contiguous arrays, which the JIT turns into
 * SIMD instructions; a per-row dot product is a float reduction, which it does not vectorise.
 */
final class RowMatrix {
    static final int BLOCK = 512;

    private final int dimension;
    private final List<float[]> blocks = new ArrayList<>();
    private int rows;

    RowMatrix(int dimension) {
        this.dimension = dimension;
    }

    int rows() {
        return rows;
    }

    /** Appends a row and returns its index. */
    int append(float[] vector) {
        int row = rows;
        if (row / BLOCK == blocks.size()) {
            blocks.add(new float[BLOCK * dimension]);
        }
        set(row, vector);
        rows++;
        return row;
    }

    void set(int row, float[] vector) {
        float[] block = blocks.get(row / BLOCK);
        int r = row % BLOCK;
        for (int d = 0; d < dimension; d++) {
            block[d * BLOCK + r] = vector[d];
        }
    }

    float[] get(int row) {
        float[] block = blocks.get(row / BLOCK);
        int r = row % BLOCK;
        float[] vector = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            vector[d] = block[d * BLOCK + r];
        }
        return vector;
    }

    /** Moves the last row into {@code row} and drops the last; returns the index that moved. */
    int removeBySwappingLast(int row) {
        int last = rows - 1;
        if (row != last) {
            set(row, get(last));
        }
        set(last, new float[dimension]);
        rows--;
        if (rows % BLOCK == 0 && blocks.size() > (rows + BLOCK - 1) / BLOCK) {
            blocks.removeLast();
        }
        return last;
    }

    int blockCount() {
        return blocks.size();
    }

    /** Writes into {@code scores} (length {@link #BLOCK}) the dot products of the query with block {@code b}'s rows. */
    void scoreBlock(int b, float[] query, float[] scores) {
        float[] block = blocks.get(b);
        Arrays.fill(scores, 0f);
        int d = 0;
        for (; d + 3 < dimension; d += 4) {
            float q0 = query[d], q1 = query[d + 1], q2 = query[d + 2], q3 = query[d + 3];
            int o0 = d * BLOCK, o1 = o0 + BLOCK, o2 = o1 + BLOCK, o3 = o2 + BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                scores[r] += q0 * block[o0 + r] + q1 * block[o1 + r] + q2 * block[o2 + r] + q3 * block[o3 + r];
            }
        }
        for (; d < dimension; d++) {
            float q = query[d];
            int o = d * BLOCK;
            for (int r = 0; r < BLOCK; r++) {
                scores[r] += q * block[o + r];
            }
        }
    }
}
