package org.sightline.cli.attributes;

import java.io.IOException;
import java.nio.file.Path;
import org.sightline.cli.bases.BaseModels;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.PackAttributePredictor;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;

/**
 * A prompt pack file as the command line's attribute predictor: the pack over its base model
 * (sightline-pedvl, a catalogued CLIP model or a CLIP checkpoint file, see {@link BaseModels}), its
 * outputs schema tokens (the direct mapping), its region prompts applied to every crop. A pack tuned on
 * another base than the one given is refused before the model is loaded.
 */
public record PackPredictors(ModelStore models) {

    /** How the output names the pack: "base + pack name". */
    public static String displayName(Path packFile) throws IOException {
        return PackAttributePredictor.displayNameOf(PromptPackJson.read(packFile), ShippedPedVlModels.packName(packFile));
    }

    /** The pack over {@code base} ({@code --base}; null: the pack's own base, when it is not a file). */
    public AttributePredictor open(Path packFile, String base) throws IOException {
        return open(packFile, base, ComputeDevice.AUTO);
    }

    /** As above, with the base model on {@code device} (gpu without one is refused naming the base). */
    public AttributePredictor open(Path packFile, String base, ComputeDevice device) throws IOException {
        PromptPack pack = PromptPackJson.read(packFile);
        String name = ShippedPedVlModels.packName(packFile);
        pack.requireAttributeHeads("Pack '" + name + "'");
        BaseModels bases = new BaseModels(models);
        BaseModels.Located located = bases.forPack(pack, base);
        VisionLanguageModel model = bases.open(located, DjlDeviceSelector.pytorch(device, located.identity().modelId()));
        try {
            return new PackAttributePredictor(name, pack, model, true);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
