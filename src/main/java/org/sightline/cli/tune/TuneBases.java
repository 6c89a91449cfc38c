package org.sightline.cli.tune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.ResolvedFile;
import org.sightline.core.models.ResolvedModel;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.engine.djl.tuning.TunableBase;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;

/**
 * The base models {@code sightline tune --base} opens: the shipped sightline-pedvl, a catalogued CLIP
 * model ({@code clip-vit-b-16}, verified by the model store), or a CLIP checkpoint file the user has
 * ({@code /path/ViT-B-16.pt}; its identity is the file name and its SHA-256, so packs tuned on it load
 * only onto that exact file).
 */
final class TuneBases {

    /** An open base model and its tuning view; closing closes the model. */
    record Opened(VisionLanguageModel model, TunableBase base, PedestrianVlModel pedvl) implements AutoCloseable {
        @Override
        public void close() {
            model.close();
        }
    }

    private TuneBases() {
    }

    /** Where a {@code --base} is and who it is: {@code checkpoint} is null for sightline-pedvl. */
    record Located(String name, Path checkpoint, ModelIdentity identity) {
    }

    /** Finds the base (verifying a catalogued one through the store) without loading it. */
    static Located locate(String name, ModelStore store) throws IOException {
        if (name.equals(ShippedPedVl.MODEL_ID)) {
            return new Located(name, null, ShippedPedVlModels.identity());
        }
        if (name.startsWith("clip-") && !Files.exists(Path.of(name))) {
            ResolvedFile file = store.resolve(name).files().getFirst();
            return new Located(name, file.path(), new ModelIdentity(name, file.file().sha256()));
        }
        Path checkpoint = Path.of(name);
        if (!Files.isRegularFile(checkpoint)) {
            throw new IOException("--base '" + name + "': not " + ShippedPedVl.MODEL_ID + ", a clip-* catalog id or a CLIP "
                    + "checkpoint file (e.g. ViT-B-16.pt from openai/CLIP)");
        }
        return new Located(name, checkpoint, new ModelIdentity(checkpoint.getFileName().toString(), Sha256.of(checkpoint)));
    }

    static Opened open(Located base, ModelStore store, int regionTokens) throws IOException {
        if (base.checkpoint() == null) {
            Path osnet = store.resolve("osnet-x0.25-msmt17").onlyFile();
            Path merges = store.resolve("clip-bpe-vocabulary").onlyFile();
            ResolvedModel pedvl = store.resolve(ShippedPedVl.MODEL_ID);
            Path modelDir = pedvl.files().getFirst().path().getParent();
            PedestrianVlModel model = PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, osnet, merges);
            return new Opened(model, TunableBase.of(model), model);
        }
        ClipTokenizer tokenizer = new ClipTokenizer(store.resolve("clip-bpe-vocabulary").onlyFile());
        ClipModel model = ClipModel.open(base.checkpoint(), base.identity(), tokenizer);
        return new Opened(model, TunableBase.of(model, regionTokens), null);
    }
}
