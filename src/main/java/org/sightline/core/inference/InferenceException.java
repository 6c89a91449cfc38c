package org.sightline.core.inference;

/** Running a loaded model failed (engine error, unexpected output layout). */
public class InferenceException extends RuntimeException {

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public InferenceException(String message) {
        super(message);
    }
}
