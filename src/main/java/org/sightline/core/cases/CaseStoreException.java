package org.sightline.core.cases;

/** A case could not be created, opened, read or written; the message names the case and the cause. */
public final class CaseStoreException extends RuntimeException {

    /** Why, so callers (the UI) can react without parsing the message. */
    public enum Reason {
        NOT_A_CASE, NOT_WRITABLE, NEWER_SCHEMA, CORRUPT, ALREADY_OPEN, ALREADY_EXISTS, INVALID_INPUT, STORAGE
    }

    private final Reason reason;

    public CaseStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public CaseStoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
