package org.sightline.engine.djl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Objects;
import org.sightline.core.inference.DetectorSettings;

/**
 * An Ultralytics YOLO ONNX export (YOLOv5, v8 or v11; class 0 = person, as in COCO) on ONNX Runtime
 * through DJL. The output layout is read from its shape. Safe to share between threads: each call
 * runs on its own predictor; frames run one by one (exports usually fix the batch at 1).
 */
public final class YoloDetector extends OnnxPersonDetector {

    private YoloDetector(OnnxModel model, DetectorSettings settings) {
        super(model, new YoloTranslator(settings));
    }

    /**
     * Opens an already verified YOLO ONNX file; {@code settings.inputSize()} must be the square
     * size it was exported for (Ultralytics' default is 640).
     */
    public static YoloDetector open(Path modelFile, DetectorSettings settings, Device device) {
        Objects.requireNonNull(settings, "settings");
        return new YoloDetector(OnnxModel.load(modelFile, device), settings);
    }

    public static YoloDetector open(Path modelFile, DetectorSettings settings) {
        return open(modelFile, settings, OnnxModel.defaultDevice());
    }
}
