package org.sightline.core.models;

/** What the store knows about one catalogued file, as shown by `models list` and the Models view. */
public enum FileState {
    FOUND_IN_USER_FOLDER("found in user folder"),
    FOUND_BUNDLED("bundled with Sightline"),
    FOUND_IN_MIRROR("found in mirror"),
    MISSING("missing"),
    BAD_CHECKSUM("bad checksum");

    private final String label;

    FileState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isUsable() {
        return this == FOUND_IN_USER_FOLDER || this == FOUND_BUNDLED || this == FOUND_IN_MIRROR;
    }
}
