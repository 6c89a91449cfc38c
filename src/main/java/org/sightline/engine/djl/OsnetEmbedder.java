package org.sightline.engine.djl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.inference.RgbImage;

/**
 * OSNet person re-ID (512-d) on ONNX Runtime through DJL. Crops run in batches of
 * {@value #BATCH}; safe to share between threads (a predictor per call).
 */
public final class OsnetEmbedder implements ReidEmbedder {

    static final int BATCH = 16;
    static final int DIMENSION = 512;

    private final OnnxModel model;
    private final String modelId;
    private final OsnetTranslator translator = new OsnetTranslator(DIMENSION);

    private OsnetEmbedder(OnnxModel model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    /** Opens an already verified OSNet ONNX file (input N x 3 x 256 x 128, output N x 512). */
    public static OsnetEmbedder open(Path modelFile, String modelId, Device device) {
        return new OsnetEmbedder(OnnxModel.load(modelFile, device), modelId);
    }

    /** As above, on DJL's default device, with the file name (without .onnx) as the model id. */
    public static OsnetEmbedder open(Path modelFile) {
        return open(modelFile, OnnxModel.defaultDevice());
    }

    /** On {@code device}, with the file name (without .onnx) as the model id. */
    public static OsnetEmbedder open(Path modelFile, Device device) {
        return open(modelFile, modelFile.getFileName().toString().replaceFirst("\\.onnx$", ""), device);
    }

    @Override
    public float[][] embed(List<RgbImage> crops) {
        float[][] vectors = new float[crops.size()][];
        for (int start = 0; start < crops.size(); start += BATCH) {
            List<RgbImage> batch = crops.subList(start, Math.min(crops.size(), start + BATCH));
            float[][] batchVectors = model.run(translator, batch);
            if (batchVectors.length != batch.size()) {
                throw new InferenceException("Re-ID model gave " + batchVectors.length + " vectors for " + batch.size() + " crops");
            }
            System.arraycopy(batchVectors, 0, vectors, start, batch.size());
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /** The device this model runs on. */
    public Device device() {
        return model.device();
    }

    @Override
    public void close() {
        model.close();
    }
}
