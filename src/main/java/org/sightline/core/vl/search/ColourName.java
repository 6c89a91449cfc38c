package org.sightline.core.vl.search;

import java.util.List;

/**
 * Names an RGB value one of 11 basic colours by hue, saturation and brightness (the same thresholds
 * as the pedestrian model's colour features): dark pixels are black, unsaturated ones white / grey /
 * black by brightness, dark orange-reds brown, light desaturated reds pink.
 */
public final class ColourName {
    public static final List<String> NAMES = List.of("black", "white", "grey", "red", "orange", "yellow", "green",
            "blue", "purple", "pink", "brown");
    public static final int COUNT = NAMES.size();

    private ColourName() {
    }

    /** Index into {@link #NAMES} of an RGB value with channels in [0, 1]. */
    public static int of(double r, double g, double b) {
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double saturation = max == 0 ? 0 : (max - min) / max;
        if (max < 0.2) {
            return 0;
        }
        if (saturation < 0.22) {
            return max > 0.75 ? 1 : max < 0.35 ? 0 : 2;
        }
        double hue = hue(r, g, b, max, min);
        if (hue >= 8 && hue < 45 && max < 0.55) {
            return 10;
        }
        if (hue < 12 || hue >= 345) {
            return saturation < 0.45 && max > 0.7 ? 9 : 3;
        }
        if (hue < 42) {
            return 4;
        }
        if (hue < 70) {
            return 5;
        }
        if (hue < 165) {
            return 6;
        }
        if (hue < 255) {
            return 7;
        }
        return hue < 300 ? 8 : 9;
    }

    private static double hue(double r, double g, double b, double max, double min) {
        double d = max - min;
        double h;
        if (max == r) {
            h = ((g - b) / d) % 6;
        } else if (max == g) {
            h = (b - r) / d + 2;
        } else {
            h = (r - g) / d + 4;
        }
        h *= 60;
        return h < 0 ? h + 360 : h;
    }
}
