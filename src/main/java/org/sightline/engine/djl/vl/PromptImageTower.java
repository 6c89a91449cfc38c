package org.sightline.engine.djl.vl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.ImagePrompts;

/**
 * The image tower of an open {@link PedestrianVlModel} as a differentiable function of its region
 * prompts, for prompt tuning. The tower takes regions only through its input: one colour-name
 * histogram per body band (head, upper body, lower body, feet; 11 colours each). A region prompt is
 * one vector of 11 added to its band's standardised histogram before the frozen MLP, so these are
 * input-space prompts (a learned per-band shift, which can correct a camera's colour cast), not tokens.
 * The frozen features (OSNet + histograms) are computed once ({@link #standardisedFeatures}); each step
 * runs only the small MLP, whose weights get no gradient. Callers hold {@link #lock()} while using it.
 */
public final class PromptImageTower {

    /** Width of one region prompt: the colours of one band's histogram. */
    public static final int REGION_WIDTH = ColourNameHistogram.COLOURS;

    private final PedestrianVlModel model;
    private final VlEncoder encoder;

    private PromptImageTower(PedestrianVlModel model) {
        this.model = model;
        this.encoder = model.encoder();
    }

    public static PromptImageTower of(PedestrianVlModel model) {
        return new PromptImageTower(model);
    }

    public Object lock() {
        return model;
    }

    /** Standardised frozen features [N][F] of crops (OSNet re-ID + band histograms), the input the MLP takes. */
    public float[][] standardisedFeatures(List<RgbImage> crops) {
        float[][] raw = model.cropFeatures().features(crops);
        float[][] out = new float[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = VlEncoder.standardise(raw[i], encoder.config());
        }
        return out;
    }

    /**
     * Unit image embeddings [N, D] of standardised features [N, F] with region prompts [4, 11] (or
     * null for none) added to the band histograms; gradients reach {@code regionPrompts} only.
     */
    public NDArray unitEmbeddings(NDManager scope, NDArray features, NDArray regionPrompts) {
        NDArray x = features;
        if (regionPrompts != null) {
            Shape expected = new Shape(ImagePrompts.REGIONS.size(), REGION_WIDTH);
            if (!regionPrompts.getShape().equals(expected)) {
                throw new IllegalArgumentException("region prompts must be " + expected + ", got " + regionPrompts.getShape());
            }
            long colours = expected.size();
            NDArray offsets = NDArrays.concat(new NDList(scope.zeros(new Shape(features.getShape().get(1) - colours)),
                    regionPrompts.reshape(colours)));
            x = features.add(offsets);
        }
        NDArray e = encoder.network().imageEmbeddings(x, false);
        return e.div(e.norm(new int[] {1}, true).add(1e-12f));
    }
}
