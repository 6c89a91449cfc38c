package org.sightline.cli.tune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.ResolvedModel;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
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

    static Opened open(String name, ModelStore store, int regionTokens) throws IOException {
        if (name.equals(ShippedPedVl.MODEL_ID)) {
            Path osnet = store.resolve("osnet-x0.25-msmt17").onlyFile();
            Path merges = store.resolve("clip-bpe-vocabulary").onlyFile();
            ResolvedModel pedvl = store.resolve(ShippedPedVl.MODEL_ID);
            Path modelDir = pedvl.files().getFirst().path().getParent();
            PedestrianVlModel model = PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, osnet, merges);
            return new Opened(model, TunableBase.of(model), model);
        }
        Path checkpoint;
        String id;
        if (name.startsWith("clip-") && !Files.exists(Path.of(name))) {
            checkpoint = store.resolve(name).onlyFile();
            id = name;
        } else {
            checkpoint = Path.of(name);
            if (!Files.isRegularFile(checkpoint)) {
                throw new IOException("--base '" + name + "': not " + ShippedPedVl.MODEL_ID + ", a clip-* catalog id or a CLIP "
                        + "checkpoint file (e.g. ViT-B-16.pt from openai/CLIP)");
            }
            id = checkpoint.getFileName().toString();
        }
        ClipTokenizer tokenizer = new ClipTokenizer(store.resolve("clip-bpe-vocabulary").onlyFile());
        ClipModel model = ClipModel.open(checkpoint, new ModelIdentity(id, Sha256.of(checkpoint)), tokenizer);
        return new Opened(model, TunableBase.of(model, regionTokens), null);
    }
}
