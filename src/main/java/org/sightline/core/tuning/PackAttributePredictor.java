package org.sightline.core.tuning;

import java.util.List;
import java.util.Objects;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * A prompt pack as an attribute predictor: its base model encodes each crop (through the pack's image
 * region prompts, when it has them), the pack's heads give a
 * logit per token and the probability is its sigmoid (so p above 0.5 is exactly the pack's "positive").
 * Outputs are schema tokens (the attribute job's direct mapping). Refuses a model other than the pack's
 * base. Closing closes the model when this predictor owns it.
 */
public final class PackAttributePredictor implements AttributePredictor {

    private final String id;
    private final VisionLanguageModel model;
    private final TunedAttributes tuned;
    private final boolean ownsModel;

    /** @param name the pack's name (file name without .json), part of {@link #id()} and of the display name */
    public PackAttributePredictor(String name, PromptPack pack, VisionLanguageModel model, boolean ownsModel) {
        this.model = Objects.requireNonNull(model, "model");
        pack.requireAttributeHeads("Pack '" + name + "'");
        this.tuned = TunedAttributes.load(pack, model);
        this.ownsModel = ownsModel;
        this.id = idOf(pack, name);
    }

    /**
     * The id scores are saved under: base model, pack name and a digest of the pack's numbers, so two
     * packs (or a pack replaced under the same name) never share scores.
     */
    public static String idOf(PromptPack pack, String name) {
        int digest = java.util.Objects.hash(java.util.Arrays.hashCode(pack.prompts().values()), pack.heads());
        if (!pack.imagePrompts().isEmpty()) {
            digest = 31 * digest + java.util.Arrays.hashCode(pack.imagePrompts().values());
        }
        return pack.base().modelId() + "+pack:" + name + "@" + String.format("%08x", digest);
    }

    /** How the UI names a pack predictor, e.g. "sightline-pedvl + pack office-cams". */
    public static String displayNameOf(PromptPack pack, String name) {
        return pack.base().modelId() + " + pack " + name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> attributeNames() {
        return tuned.tokens();
    }

    @Override
    public float[][] predict(List<RgbImage> crops) {
        double[][] logits = tuned.logits(tuned.encode(crops));
        float[][] out = new float[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            out[i] = new float[logits[i].length];
            for (int a = 0; a < logits[i].length; a++) {
                out[i][a] = (float) (1.0 / (1.0 + Math.exp(-logits[i][a])));
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (ownsModel) {
            try {
                model.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + model.identity().modelId() + ": " + e.getMessage(), e);
            }
        }
    }
}
