package org.sightline.cli.bases;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.ResolvedFile;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.engine.djl.vl.ShippedPedVl;

/**
 * The base models of prompt packs, as {@code --base} names them in {@code sightline tune} and
 * {@code sightline eval}: the shipped sightline-pedvl, a catalogued CLIP model ({@code clip-vit-b-16},
 * verified by the model store), or a CLIP checkpoint file the user has ({@code /path/ViT-B-16.pt}; its
 * identity is the file name and its SHA-256, so packs tuned on it load only onto that exact file).
 */
public final class BaseModels {

    /** Where a base is and who it is: {@code checkpoint} is null for sightline-pedvl. */
    public record Located(String name, Path checkpoint, ModelIdentity identity) {
    }

    private final ModelStore store;

    public BaseModels(ModelStore store) {
        this.store = store;
    }

    /** True when {@code name} is a file on disk (a CLIP checkpoint) rather than a model id or folder. */
    public static boolean isCheckpointFile(String name) {
        return !name.equals(ShippedPedVl.MODEL_ID) && Files.isRegularFile(Path.of(name));
    }

    /** Finds the base (verifying a catalogued one through the store, hashing a file) without loading it. */
    public Located locate(String name) throws IOException {
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

    /**
     * The {@code --base} a pack opens when none is given: its own base when that is the shipped model or a
     * catalogued one. A pack tuned on a checkpoint file cannot find that file by itself, so the message
     * says which file to give.
     */
    public String defaultFor(PromptPack pack) {
        String id = pack.base().modelId();
        if (id.equals(ShippedPedVl.MODEL_ID) || id.startsWith("clip-") && store.catalog().find(id).isPresent()) {
            return id;
        }
        String sha = pack.base().sha256();
        throw new IllegalArgumentException("this prompt pack was tuned on base model '" + id + "' (weights "
                + (sha.length() > 12 ? sha.substring(0, 12) + "..." : sha) + "), a checkpoint file (not "
                + ShippedPedVl.MODEL_ID + " or a catalogued model): give that file with --base");
    }

    /** The base {@code given} (null: the pack's own, see {@link #defaultFor}), checked against the pack before loading. */
    public Located forPack(PromptPack pack, String given) throws IOException {
        Located located = locate(given != null ? given : defaultFor(pack));
        pack.requireBase(located.identity());
        return located;
    }

    /** Loads the base: a {@code PedestrianVlModel} for sightline-pedvl, else a {@link ClipModel}. */
    public VisionLanguageModel open(Located base) throws IOException {
        if (base.checkpoint() == null) {
            return new ShippedPedVlModels(store).open();
        }
        return ClipModel.open(base.checkpoint(), base.identity(), tokenizer());
    }

    /** As {@link #open(Located)}, with the PyTorch weights on {@code device}. */
    public VisionLanguageModel open(Located base, Device device) throws IOException {
        if (base.checkpoint() == null) {
            return new ShippedPedVlModels(store).open(device);
        }
        return ClipModel.open(base.checkpoint(), base.identity(), tokenizer(), device);
    }

    private ClipTokenizer tokenizer() throws IOException {
        return new ClipTokenizer(store.resolve("clip-bpe-vocabulary").onlyFile());
    }
}
