package org.sightline.core.tuning.resume;

/** A saved tuning run cannot be continued: nothing saved, or its data, base model or settings changed. */
public final class TuningResumeException extends Exception {

    public TuningResumeException(String message) {
        super(message);
    }
}
