package org.sightline.engine.djl.tuning;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.vl.ImagePrompts;

/**
 * The crops a tuner trains or validates on: either fixed image embeddings (no region prompts: the
 * frozen image tower runs once) or crops cached by a {@link TunableBase}, encoded again with the
 * current region prompts (differentiably in a training step).
 */
final class TuningImages {

    private final float[][] fixed;
    private final TunableBase base;
    private final TunableBase.Crops crops;

    private TuningImages(float[][] fixed, TunableBase base, TunableBase.Crops crops) {
        this.fixed = fixed;
        this.base = base;
        this.crops = crops;
    }

    static TuningImages fixed(float[][] embeddings) {
        return new TuningImages(embeddings, null, null);
    }

    static TuningImages prompted(TunableBase base, TunableBase.Crops crops) {
        return new TuningImages(null, base, crops);
    }

    /** Whether these crops go through region prompts (and a tuner should learn them). */
    boolean prompted() {
        return base != null;
    }

    int size() {
        return fixed != null ? fixed.length : crops.size();
    }

    /** Shape of the region prompts: (4, perRegion, width). */
    Shape promptShape() {
        return new Shape(ImagePrompts.REGIONS.size(), base.regionPromptCount(), base.regionPromptWidth());
    }

    /** Unit embeddings [rows, D]; gradients reach {@code regionPrompts} when prompted. Caller holds the base's lock. */
    NDArray unit(NDManager scope, List<Integer> rows, NDArray regionPrompts) {
        if (fixed == null) {
            return base.unitImages(scope, crops, rows, regionPrompts);
        }
        int dim = fixed[0].length;
        float[] flat = new float[rows.size() * dim];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(fixed[rows.get(i)], 0, flat, i * dim, dim);
        }
        return scope.create(flat, new Shape(rows.size(), dim));
    }

    /** Every crop's unit embedding with these region prompt values (null or unused when not prompted). */
    float[][] embeddings(NDManager manager, float[] regionPromptValues) {
        if (fixed != null) {
            return fixed;
        }
        float[][] out = new float[crops.size()][];
        synchronized (base.lock()) {
            for (int start = 0; start < crops.size(); start += base.imageBatch()) {
                List<Integer> rows = new ArrayList<>();
                for (int i = start; i < Math.min(crops.size(), start + base.imageBatch()); i++) {
                    rows.add(i);
                }
                try (NDManager scope = manager.newSubManager()) {
                    NDArray prompts = regionPromptValues == null ? null : scope.create(regionPromptValues, promptShape());
                    NDArray unit = base.unitImages(scope, crops, rows, prompts);
                    int dim = (int) unit.getShape().get(1);
                    float[] values = unit.toFloatArray();
                    for (int i = 0; i < rows.size(); i++) {
                        out[start + i] = java.util.Arrays.copyOfRange(values, i * dim, (i + 1) * dim);
                    }
                }
            }
        }
        return out;
    }
}
