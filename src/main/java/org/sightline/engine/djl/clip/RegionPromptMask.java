package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The additive attention mask of region prompt tokens in a ViT (PromptPAR-style region-aware
 * prompts). Token order: class token, then {@code perRegion} prompt tokens for each of the four
 * regions (head, upper body, lower body, feet), then the grid x grid patches row by row. The patch
 * grid's rows are split into four bands of equal height, top to bottom: band b holds rows
 * floor(b * grid / 4) up to floor((b + 1) * grid / 4) (14 rows at ViT-B/16: 3, 4, 3, 4; 7 at ViT-B/32:
 * 1, 2, 2, 2). A region's prompt tokens attend only to the class token, their own region's tokens
 * and the patches in their band's rows (-inf elsewhere); the class token and the patches attend to
 * everything, as in VPT-shallow. Since the class token sees the whole image, from the second layer on
 * a region token also hears about the rest of the image through it. The bands split what the tower
 * sees: CLIP's preprocessing centre-crops a tall person crop to its middle square (for a 1:2 crop,
 * about 25% to 75% of the person's height), so "head" and "feet" are the top and bottom of that square.
 */
final class RegionPromptMask {

    static final int REGIONS = 4;

    private RegionPromptMask() {
    }

    /** First patch row of each band and the end: {@code REGIONS + 1} entries. */
    static int[] bandRows(int grid) {
        if (grid < REGIONS) {
            throw new IllegalArgumentException("a patch grid of " + grid + " rows cannot be split into " + REGIONS + " bands");
        }
        int[] edges = new int[REGIONS + 1];
        for (int b = 0; b <= REGIONS; b++) {
            edges[b] = b * grid / REGIONS;
        }
        return edges;
    }

    /** The (tokens, tokens) mask values, row-major, tokens = 1 + 4 * perRegion + grid * grid. */
    static float[] values(int perRegion, int grid) {
        int prompts = REGIONS * perRegion;
        int tokens = 1 + prompts + grid * grid;
        int[] edges = bandRows(grid);
        float[] mask = new float[tokens * tokens];
        for (int region = 0; region < REGIONS; region++) {
            for (int k = 0; k < perRegion; k++) {
                int row = 1 + region * perRegion + k;
                for (int col = 1; col < tokens; col++) {
                    boolean ownRegion = col >= 1 + region * perRegion && col < 1 + (region + 1) * perRegion;
                    int patchRow = col <= prompts ? -1 : (col - 1 - prompts) / grid;
                    boolean ownBand = patchRow >= edges[region] && patchRow < edges[region + 1];
                    if (!ownRegion && !ownBand) {
                        mask[row * tokens + col] = Float.NEGATIVE_INFINITY;
                    }
                }
            }
        }
        return mask;
    }

    static NDArray of(NDManager manager, int perRegion, int grid) {
        int tokens = 1 + REGIONS * perRegion + grid * grid;
        return manager.create(values(perRegion, grid), new Shape(tokens, tokens));
    }
}
