package org.sightline.engine.djl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.RgbImage;

/**
 * NanoDet-m (COCO, class 0 = person) on ONNX Runtime through DJL. Safe to share between threads:
 * each call runs on its own predictor. The model files take one frame per run, so
 * {@link #detectAll} runs frames one by one.
 */
public final class NanoDetDetector implements PersonDetector {

    private final OnnxModel model;
    private final NanoDetTranslator translator;

    private NanoDetDetector(OnnxModel model, DetectorSettings settings) {
        this.model = model;
        this.translator = new NanoDetTranslator(settings);
    }

    /**
     * Opens an already verified NanoDet ONNX file; {@code settings.inputSize()} must be the size
     * the file was exported for (416 for nanodet_m.onnx, 320 for nanodet.onnx).
     */
    public static NanoDetDetector open(Path modelFile, DetectorSettings settings, Device device) {
        Objects.requireNonNull(settings, "settings");
        return new NanoDetDetector(OnnxModel.load(modelFile, device), settings);
    }

    public static NanoDetDetector open(Path modelFile, DetectorSettings settings) {
        return open(modelFile, settings, OnnxModel.defaultDevice());
    }

    @Override
    public List<PersonDetection> detect(RgbImage frame) {
        return model.run(translator, frame);
    }

    @Override
    public List<List<PersonDetection>> detectAll(List<RgbImage> frames) {
        return model.runEach(translator, frames);
    }

    @Override
    public void close() {
        model.close();
    }
}
