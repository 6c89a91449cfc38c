package org.sightline.core.models;

import java.util.Arrays;
import java.util.Optional;

/** The inference engine that runs a model's files; NONE for data files such as a vocabulary. */
public enum ModelEngine {
    ONNX_RUNTIME("OnnxRuntime"),
    PYTORCH("PyTorch"),
    NONE("none");

    private final String jsonName;

    ModelEngine(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The spelling in models/catalog.json, which is also DJL's engine name. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<ModelEngine> fromJsonName(String name) {
        return Arrays.stream(values()).filter(engine -> engine.jsonName.equals(name)).findFirst();
    }
}
