package org.sightline.engine.djl.vl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.sightline.core.inference.ModelLoadException;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.models.ModelVerificationException;
import org.sightline.core.models.Sha256;
import org.sightline.core.text.ClipTokenizer;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.TextPrompts;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.OsnetEmbedder;
import org.sightline.engine.djl.device.DjlDeviceSelector;

/**
 * Sightline's own small pedestrian vision-language model ({@code models/sightline-pedvl/}): frozen
 * OSNet x0.25 + colour-name histograms with a trained MLP for crops, a small CLIP-style transformer
 * over kept CLIP BPE tokens for text. Prompt vectors ({@link TextPrompts}) of the text width are
 * inserted after the start token. Region prompts ({@link ImagePrompts}, one vector of 11 per body band)
 * are added to that band's standardised colour histogram before the frozen MLP: input-space prompts,
 * which can undo a camera's colour cast per band (see {@link PromptImageTower}). Both files are checked by SHA-256 before use. Encoding calls are
 * synchronised (one DJL graph at a time); the OSNet model is owned and closed with this one.
 */
public final class PedestrianVlModel implements VisionLanguageModel {

    private final VlConfig config;
    private final ModelIdentity identity;
    private final NDManager manager;
    private final VlEncoder encoder;
    private final CropFeatures features;
    private final OsnetEmbedder osnet;

    private PedestrianVlModel(VlConfig config, ModelIdentity identity, NDManager manager, VlEncoder encoder, OsnetEmbedder osnet) {
        this.config = config;
        this.identity = identity;
        this.manager = manager;
        this.encoder = encoder;
        this.osnet = osnet;
        this.features = new CropFeatures(osnet);
    }

    /**
     * Opens the model in {@code modelDir} ({@code config.json} + the parameters file it names).
     *
     * @param configSha256 the expected SHA-256 of {@code config.json} (from the catalog); the config
     *                     in turn names the parameters' SHA-256
     * @param osnetOnnx    the verified OSNet x0.25 ONNX file
     * @param bpeMerges    the verified CLIP BPE merges file
     * @throws ModelVerificationException when a file is not the one expected
     */
    public static PedestrianVlModel open(Path modelDir, String configSha256, Path osnetOnnx, Path bpeMerges) throws IOException {
        return open(modelDir, configSha256, osnetOnnx, bpeMerges, Engine.getEngine(VlTrainer.ENGINE).defaultDevice());
    }

    /**
     * As above, with the network's weights (and every array a tuner makes for it) on {@code device}. OSNet
     * runs on ONNX Runtime, which has a GPU only in its GPU build: a CPU device forces it onto the CPU, a GPU
     * device leaves it on ONNX Runtime's own choice.
     */
    public static PedestrianVlModel open(Path modelDir, String configSha256, Path osnetOnnx, Path bpeMerges, Device device)
            throws IOException {
        DjlDeviceSelector.requireUsable(device, VlTrainer.ENGINE, "sightline-pedvl");
        Path configFile = modelDir.resolve(VlTrainingRun.CONFIG_FILE);
        verify(configFile, configSha256);
        VlConfig config = VlConfig.read(configFile);
        Path params = modelDir.resolve(config.paramsFile());
        verify(params, config.paramsSha256());
        ClipTokenizer tokenizer = new ClipTokenizer(bpeMerges);
        NDManager manager = Engine.getEngine(VlTrainer.ENGINE).newBaseManager(device);
        OsnetEmbedder osnet = null;
        try {
            PedVlNetwork network = new PedVlNetwork(config, new Random(0));
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(params)))) {
                network.loadParameters(manager, in);
            } catch (MalformedModelException | RuntimeException e) {
                throw new ModelLoadException(params, "not parameters of this model (" + e.getMessage() + ")", e);
            }
            osnet = device.isGpu() ? OsnetEmbedder.open(osnetOnnx) : OsnetEmbedder.open(osnetOnnx, Device.cpu());
            if (osnet.dimension() != config.reidDimension()) {
                throw new ModelLoadException(osnetOnnx, "gives " + osnet.dimension() + "-d features, the model needs "
                        + config.reidDimension(), null);
            }
            VlEncoder encoder = new VlEncoder(network, new TextVocabulary(config.clipTokenIds()), tokenizer, manager);
            return new PedestrianVlModel(config, new ModelIdentity(config.modelId(), config.paramsSha256()), manager, encoder, osnet);
        } catch (IOException | RuntimeException e) {
            if (osnet != null) {
                osnet.close();
            }
            manager.close();
            throw e;
        }
    }

    static void verify(Path file, String expectedSha256) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(file, "no such file", null);
        }
        String actual = Sha256.of(file);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new ModelVerificationException(file, ModelVerificationException.Check.SHA256, expectedSha256, actual,
                    "the model folder was altered or is incomplete; restore it from the release");
        }
    }

    /** The device the network's weights are on (where a tuner's arrays must be too). */
    public Device device() {
        return manager.getDevice();
    }

    /** For prompt tuning ({@link PromptTextTower}): the encoder over this model's network. */
    VlEncoder encoder() {
        return encoder;
    }

    /** For prompt tuning ({@link PromptImageTower}): the frozen OSNet + colour features. */
    CropFeatures cropFeatures() {
        return features;
    }

    @Override
    public ModelIdentity identity() {
        return identity;
    }

    @Override
    public int embeddingDimension() {
        return config.embeddingDimension();
    }

    /** The text tower's token width: the width {@link TextPrompts} must have. */
    public int textWidth() {
        return config.textWidth();
    }

    @Override
    public float[][] encodeImages(List<RgbImage> crops) {
        return encodeImages(crops, ImagePrompts.NONE);
    }

    /** Image embeddings with region prompts: 1 vector per region of width {@link PromptImageTower#REGION_WIDTH}. */
    @Override
    public float[][] encodeImages(List<RgbImage> crops, ImagePrompts prompts) {
        prompts.requireShape(1, PromptImageTower.REGION_WIDTH, identity.modelId());
        float[][] out = new float[crops.size()][];
        for (int start = 0; start < crops.size(); start += FeatureExtraction.BATCH) {
            List<RgbImage> batch = crops.subList(start, Math.min(crops.size(), start + FeatureExtraction.BATCH));
            float[][] raw = features.features(batch);
            float[][] embedded;
            synchronized (this) {
                embedded = encoder.images(raw, prompts.values());
            }
            System.arraycopy(embedded, 0, out, start, embedded.length);
        }
        return out;
    }

    @Override
    public float[][] encodeTexts(List<String> texts) {
        return encodeTexts(texts, TextPrompts.NONE);
    }

    @Override
    public synchronized float[][] encodeTexts(List<String> texts, TextPrompts prompts) {
        return encoder.texts(texts, prompts);
    }

    @Override
    public synchronized void close() {
        osnet.close();
        manager.close();
    }
}
