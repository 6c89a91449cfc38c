package org.sightline.core.search;

import java.nio.file.Path;

/** An index file or folder that cannot be read back; it can be rebuilt from the case's embeddings. */
public final class CorruptIndexException extends RuntimeException {
    private final Path location;

    public CorruptIndexException(Path location, String problem, Throwable cause) {
        super("Vector index at " + location + " is unreadable (" + problem + "); rebuild it from the case's embeddings",
                cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
