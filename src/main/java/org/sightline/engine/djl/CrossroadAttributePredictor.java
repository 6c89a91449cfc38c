package org.sightline.engine.djl;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;

/**
 * Intel Open Model Zoo person-attributes-recognition-crossroad-0230 (ONNX) through DJL. The file
 * takes one crop per run; safe to share between threads (a predictor per call).
 */
public final class CrossroadAttributePredictor implements AttributePredictor {

    public static final String MODEL_ID = "person-attributes-recognition-crossroad-0230";
    public static final List<String> ATTRIBUTES = List.of("is_male", "has_bag", "has_backpack", "has_hat",
            "has_longsleeves", "has_longpants", "has_longhair", "has_coat_jacket");

    private final OnnxModel model;
    private final CrossroadTranslator translator = new CrossroadTranslator(ATTRIBUTES.size());

    private CrossroadAttributePredictor(OnnxModel model) {
        this.model = model;
    }

    /** Opens an already verified ONNX export of the model (input 1x3x160x80, output "453"). */
    public static CrossroadAttributePredictor open(Path modelFile, Device device) {
        return new CrossroadAttributePredictor(OnnxModel.load(modelFile, device));
    }

    public static CrossroadAttributePredictor open(Path modelFile) {
        return open(modelFile, OnnxModel.defaultDevice());
    }

    @Override
    public String id() {
        return MODEL_ID;
    }

    @Override
    public List<String> attributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public float[][] predict(List<RgbImage> crops) {
        return model.runEach(translator, crops).toArray(float[][]::new);
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
