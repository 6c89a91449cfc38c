package org.sightline.engine.djl;

/**
 * One stride of a NanoDet (GFL) head's output, row-major over the grid.
 *
 * @param stride         input pixels per grid cell
 * @param gridSide       cells per row (and per column; the input is square)
 * @param classScores    gridSide^2 x numClasses sigmoid scores
 * @param numClasses     classes per cell
 * @param distributions  gridSide^2 x (4 x bins) logits: left, top, right, bottom distances
 * @param bins           reg_max + 1 distance bins per side
 */
record GflLevel(int stride, int gridSide, float[] classScores, int numClasses, float[] distributions, int bins) {

    GflLevel {
        int cells = gridSide * gridSide;
        if (classScores.length != cells * numClasses || distributions.length != cells * 4 * bins) {
            throw new IllegalArgumentException("GFL level with grid " + gridSide + " has " + classScores.length
                    + " scores and " + distributions.length + " distribution values");
        }
    }

    int cells() {
        return gridSide * gridSide;
    }
}
