package org.sightline.core.tracking;

import java.util.Arrays;

/**
 * Minimum-cost assignment of rows to columns of a rectangular cost matrix (the Hungarian method
 * with shortest augmenting paths and dual potentials, as in Jonker-Volgenant): O(n^2 m) for n rows
 * and m columns, n <= m (a taller matrix is solved transposed). Every row of the smaller side is
 * assigned; callers drop pairs whose cost is too high (gating) afterwards.
 */
public final class LinearAssignment {

    private LinearAssignment() {
    }

    /**
     * For each row, the column assigned to it, or -1 where there are more rows than columns and
     * the row got none. Costs must be finite; the total of the assigned costs is minimal.
     */
    public static int[] solve(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (int r = 0; r < rows; r++) {
            if (cost[r].length != columns) {
                throw new IllegalArgumentException("Cost matrix row " + r + " has " + cost[r].length
                        + " columns, row 0 has " + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (!Double.isFinite(cost[r][c])) {
                    throw new IllegalArgumentException("Cost [" + r + "][" + c + "] is not finite: " + cost[r][c]);
                }
            }
        }
        int[] assigned = new int[rows];
        Arrays.fill(assigned, -1);
        if (rows == 0 || columns == 0) {
            return assigned;
        }
        if (rows <= columns) {
            return solveWide(cost, rows, columns);
        }
        int[] columnToRow = solveWide(transpose(cost, rows, columns), columns, rows);
        for (int c = 0; c < columns; c++) {
            assigned[columnToRow[c]] = c;
        }
        return assigned;
    }

    /** The minimal total cost of an assignment {@link #solve} returns. */
    public static double totalCost(double[][] cost, int[] assignment) {
        double total = 0;
        for (int r = 0; r < assignment.length; r++) {
            if (assignment[r] >= 0) {
                total += cost[r][assignment[r]];
            }
        }
        return total;
    }

    private static double[][] transpose(double[][] cost, int rows, int columns) {
        double[][] t = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                t[c][r] = cost[r][c];
            }
        }
        return t;
    }

    /** Rows <= columns; arrays are 1-based with index 0 as the virtual start column. */
    private static int[] solveWide(double[][] a, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1];
        int[] previous = new int[m + 1];
        for (int row = 1; row <= n; row++) {
            rowOfColumn[0] = row;
            int column = 0;
            double[] minSlack = new double[m + 1];
            Arrays.fill(minSlack, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[column] = true;
                int i = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double slack = a[i - 1][j - 1] - u[i] - v[j];
                        if (slack < minSlack[j]) {
                            minSlack[j] = slack;
                            previous[j] = column;
                        }
                        if (minSlack[j] < delta) {
                            delta = minSlack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minSlack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            do {
                int before = previous[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        int[] assigned = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfColumn[j] != 0) {
                assigned[rowOfColumn[j] - 1] = j - 1;
            }
        }
        return assigned;
    }
}
