package org.sightline.core.models;

/** The model catalog cannot be read or breaks a rule; the message names the catalog and the entry. */
public final class ModelCatalogException extends RuntimeException {
    public ModelCatalogException(String message) {
        super(message);
    }

    public ModelCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
