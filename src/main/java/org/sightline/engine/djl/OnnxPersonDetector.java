package org.sightline.engine.djl;

import ai.djl.translate.NoBatchifyTranslator;
import java.util.List;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.PersonDetector;
import org.sightline.core.inference.RgbImage;

/**
 * A person detector on ONNX Runtime: a loaded model and the translator that letterboxes frames and
 * decodes its outputs. Safe to share between threads: each call runs on its own predictor. The model
 * files take one frame per run, so {@link #detectAll} runs frames one by one.
 */
abstract class OnnxPersonDetector implements PersonDetector {
    private final OnnxModel model;
    private final NoBatchifyTranslator<RgbImage, List<PersonDetection>> translator;

    OnnxPersonDetector(OnnxModel model, NoBatchifyTranslator<RgbImage, List<PersonDetection>> translator) {
        this.model = model;
        this.translator = translator;
    }

    @Override
    public List<PersonDetection> detect(RgbImage frame) {
        return model.run(translator, frame);
    }

    @Override
    public List<List<PersonDetection>> detectAll(List<RgbImage> frames) {
        return model.runEach(translator, frames);
    }

    /** The device this detector runs on. */
    public ai.djl.Device device() {
        return model.device();
    }

    @Override
    public void close() {
        model.close();
    }
}
