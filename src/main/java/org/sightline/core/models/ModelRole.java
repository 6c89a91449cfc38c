package org.sightline.core.models;

import java.util.Arrays;
import java.util.Optional;

/** What a catalogued model is for; {@link #jsonName()} is its spelling in models/catalog.json. */
public enum ModelRole {
    DETECTOR("detector"),
    REID("reid"),
    ATTRIBUTES("attributes"),
    VISION_LANGUAGE("vision-language"),
    TOKENIZER_VOCABULARY("tokenizer-vocabulary");

    private final String jsonName;

    ModelRole(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<ModelRole> fromJsonName(String name) {
        return Arrays.stream(values()).filter(role -> role.jsonName.equals(name)).findFirst();
    }
}
