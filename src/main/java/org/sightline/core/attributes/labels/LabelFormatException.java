package org.sightline.core.attributes.labels;

import java.io.IOException;

/** A labels file or folder that cannot be read; the message names the file and, where known, the line. */
public class LabelFormatException extends IOException {

    public LabelFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
    }

    public LabelFormatException(String source, String problem) {
        this(source, 0, problem);
    }
}
