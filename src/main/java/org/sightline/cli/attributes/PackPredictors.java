package org.sightline.cli.attributes;

import java.io.IOException;
import java.nio.file.Path;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.PackAttributePredictor;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;

/**
 * A prompt pack file as the command line's attribute predictor: the pack over the shipped
 * sightline-pedvl model, its outputs schema tokens (the direct mapping). A pack tuned on another base
 * model is refused before anything is opened.
 */
public record PackPredictors(ModelStore models) {

    /** The pack, read and checked against the shipped base model. */
    public static PromptPack read(Path packFile) throws IOException {
        PromptPack pack = PromptPackJson.read(packFile);
        pack.requireBase(ShippedPedVlModels.identity());
        return pack;
    }

    public static String displayName(Path packFile) throws IOException {
        return PackAttributePredictor.displayNameOf(read(packFile), ShippedPedVlModels.packName(packFile));
    }

    public AttributePredictor open(Path packFile) throws IOException {
        return new ShippedPedVlModels(models).openPack(packFile);
    }
}
