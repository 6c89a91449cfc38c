package org.sightline.core.models;

/** Where a model file was found, in the order the store searches. */
public enum ModelLocation {
    USER_FOLDER("user folder"),
    BUNDLED("bundled with Sightline"),
    MIRROR("mirror");

    private final String label;

    ModelLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
