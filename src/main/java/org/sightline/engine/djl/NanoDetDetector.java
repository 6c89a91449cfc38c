package org.sightline.engine.djl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Objects;
import org.sightline.core.inference.DetectorSettings;

/** NanoDet-m (COCO, class 0 = person) on ONNX Runtime through DJL; see {@link OnnxPersonDetector}. */
public final class NanoDetDetector extends OnnxPersonDetector {

    private NanoDetDetector(OnnxModel model, DetectorSettings settings) {
        super(model, new NanoDetTranslator(settings));
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
}
