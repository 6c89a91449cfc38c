package org.sightline.core.vl;

import java.util.Arrays;
import java.util.List;

/**
 * Learned visual prompts per body region (PromptPAR-style region prompts): {@code perRegion} vectors
 * of {@code width} for each of {@link #REGIONS}, row-major in {@code values} (region, then vector,
 * then component). What a vector means is the model's: a CLIP ViT inserts them as tokens that see
 * only their band of the image, sightline-pedvl adds them to its band's colour-histogram input.
 */
public record ImagePrompts(int perRegion, int width, float[] values) {

    /** Body regions, top to bottom: head, upper body, lower body, feet. */
    public static final List<String> REGIONS = List.of("head", "upper", "lower", "feet");

    public static final ImagePrompts NONE = new ImagePrompts(0, 0, new float[0]);

    public ImagePrompts {
        if (perRegion < 0 || width < 0) {
            throw new IllegalArgumentException("image prompts need non-negative counts, got " + perRegion + " per region of width " + width);
        }
        if (values.length != REGIONS.size() * perRegion * width) {
            throw new IllegalArgumentException(REGIONS.size() + " regions x " + perRegion + " image prompt vectors of width " + width
                    + " need " + (REGIONS.size() * perRegion * width) + " values, got " + values.length);
        }
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** All vectors, region by region: {@code REGIONS.size() * perRegion}. */
    public int count() {
        return REGIONS.size() * perRegion;
    }

    /** The values of one region ({@code perRegion * width}). */
    public float[] region(int index) {
        int size = perRegion * width;
        return Arrays.copyOfRange(values, index * size, (index + 1) * size);
    }

    /** Refuses prompts of another shape than a model takes, naming the model. */
    public void requireShape(int expectedPerRegion, int expectedWidth, String model) {
        if (!isEmpty() && (perRegion != expectedPerRegion && expectedPerRegion > 0 || width != expectedWidth)) {
            throw new IllegalArgumentException("image prompts of " + perRegion + " x width " + width + " per region do not fit "
                    + model + " (it takes " + (expectedPerRegion > 0 ? expectedPerRegion : "any number of") + " x width "
                    + expectedWidth + " per region)");
        }
    }
}
