package org.sightline.core.attributes;

import java.io.IOException;

/** A schema or mapping file that cannot be used; the message names the file and the offending entry. */
public class SchemaFormatException extends IOException {

    public SchemaFormatException(String message) {
        super(message);
    }

    public SchemaFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
