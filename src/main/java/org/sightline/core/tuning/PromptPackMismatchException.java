package org.sightline.core.tuning;

/** A prompt pack opened on a model other than the base model it was tuned on. */
public class PromptPackMismatchException extends IllegalStateException {

    public PromptPackMismatchException(String message) {
        super(message);
    }
}
