package org.sightline.engine.djl.tuning;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Path;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.ResolvedModel;
import org.sightline.core.tuning.PackAttributePredictor;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;

/**
 * Opens the shipped sightline-pedvl model (with OSNet and the CLIP BPE merges it needs) through the
 * model store, and prompt packs over it as attribute predictors.
 */
public final class ShippedPedVlModels {

    private final ModelStore store;

    public ShippedPedVlModels(ModelStore store) {
        this.store = store;
    }

    /** The identity packs tuned on the shipped model carry (known without opening it). */
    public static ModelIdentity identity() {
        return new ModelIdentity(ShippedPedVl.MODEL_ID, ShippedPedVl.PARAMS_SHA256);
    }

    public PedestrianVlModel open() throws IOException {
        return open(Engine.getEngine(PromptTuner.ENGINE).defaultDevice());
    }

    /** The shipped model with its weights on {@code device} (see {@link PedestrianVlModel#open(Path, String, Path, Path, Device)}). */
    public PedestrianVlModel open(Device device) throws IOException {
        Path osnet = store.resolve("osnet-x0.25-msmt17").onlyFile();
        Path merges = store.resolve("clip-bpe-vocabulary").onlyFile();
        ResolvedModel pedvl = store.resolve(ShippedPedVl.MODEL_ID);
        Path modelDir = pedvl.files().getFirst().path().getParent();
        return PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, osnet, merges, device);
    }

    /** The pack file as a predictor over a freshly opened base model (closed with the predictor). */
    public AttributePredictor openPack(Path packFile) throws IOException {
        return openPack(packFile, Engine.getEngine(PromptTuner.ENGINE).defaultDevice());
    }

    /** As above, with the base model on {@code device}. */
    public AttributePredictor openPack(Path packFile, Device device) throws IOException {
        PromptPack pack = PromptPackJson.read(packFile);
        pack.requireBase(identity());
        PedestrianVlModel model = open(device);
        try {
            return new PackAttributePredictor(packName(packFile), pack, model, true);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    public static String packName(Path packFile) {
        return packFile.getFileName().toString().replaceFirst("(?i)\\.json$", "");
    }
}
