package org.sightline.core.inference;

import java.nio.file.Path;

/** A model file could not be opened: missing, truncated, corrupt or not the expected model. */
public class ModelLoadException extends RuntimeException {

    private final transient Path file;

    public ModelLoadException(Path file, String reason, Throwable cause) {
        super("Cannot load model file " + file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
