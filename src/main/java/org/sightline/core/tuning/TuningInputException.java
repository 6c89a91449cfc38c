package org.sightline.core.tuning;

import java.io.IOException;

/** Labelled input for prompt tuning that cannot be used; the message names the file or folder and the problem. */
public class TuningInputException extends IOException {

    public TuningInputException(String message) {
        super(message);
    }

    public TuningInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
