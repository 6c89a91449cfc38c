package org.sightline.core.search;

/** A vector or query of another model or size than the index holds. */
public final class IndexMismatchException extends IllegalArgumentException {
    public IndexMismatchException(String message) {
        super(message);
    }
}
