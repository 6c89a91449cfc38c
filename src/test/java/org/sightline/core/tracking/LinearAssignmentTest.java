package org.sightline.core.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinearAssignmentTest {

    @Test
    void beatsGreedyOnAHandExample() {
        // Greedy (row 0 takes its cheapest column 0) ends at 1 + 9 = 10; the optimum is 2 + 1 = 3.
        double[][] cost = {
                {1, 2, 8},
                {1, 10, 9}};
        assertArrayEquals(new int[] {1, 0}, LinearAssignment.solve(cost));
        // Taller than wide: the third row is left unassigned.
        double[][] tall = {{1, 1}, {2, 10}, {5, 5}};
        assertArrayEquals(new int[] {1, 0, -1}, LinearAssignment.solve(tall));
    }

    @Test
    void matchesBruteForceOnRandomRectangularMatrices() {
        Random random = new Random(42);
        for (int trial = 0; trial < 3000; trial++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int c = 0; c < columns; c++) {
                    // Integers make ties frequent, which the solver must also get right.
                    row[c] = trial % 2 == 0 ? random.nextInt(10) : random.nextDouble() * 100 - 50;
                }
            }
            int[] assignment = LinearAssignment.solve(cost);
            assertValid(assignment, rows, columns);
            assertEquals(bruteForce(cost), LinearAssignment.totalCost(cost, assignment), 1e-9,
                    "trial " + trial + " " + rows + "x" + columns);
        }
    }

    @Test
    void emptyAndBadMatrices() {
        assertEquals(0, LinearAssignment.solve(new double[0][0]).length);
        assertArrayEquals(new int[] {-1, -1}, LinearAssignment.solve(new double[2][0]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearAssignment.solve(new double[][] {{1, Double.NaN}}));
        assertTrue(e.getMessage().contains("[0][1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinearAssignment.solve(new double[][] {{1, 2}, {3}}));
    }

    private static void assertValid(int[] assignment, int rows, int columns) {
        assertEquals(rows, assignment.length);
        Set<Integer> used = new HashSet<>();
        int assigned = 0;
        for (int column : assignment) {
            if (column >= 0) {
                assertTrue(column < columns && used.add(column), "column used twice or out of range");
                assigned++;
            }
        }
        assertEquals(Math.min(rows, columns), assigned);
    }

    /** Minimum over all injective maps of the smaller side into the larger. */
    private static double bruteForce(double[][] cost) {
        int rows = cost.length;
        int columns = cost[0].length;
        return rows <= columns ? search(cost, 0, new boolean[columns])
                : search(transpose(cost), 0, new boolean[rows]);
    }

    private static double search(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.min(best, cost[row][c] + search(cost, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }

    private static double[][] transpose(double[][] cost) {
        double[][] t = new double[cost[0].length][cost.length];
        for (int r = 0; r < cost.length; r++) {
            for (int c = 0; c < cost[0].length; c++) {
                t[c][r] = cost[r][c];
            }
        }
        return t;
    }
}
