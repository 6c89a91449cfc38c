package org.sightline.core.models;

import java.io.IOException;

/** No copy of a model file was found; the message says where the store looked and how to get it. */
public final class ModelMissingException extends IOException {
    private final String modelId;

    public ModelMissingException(String modelId, String message) {
        super(message);
        this.modelId = modelId;
    }

    public String modelId() {
        return modelId;
    }
}
