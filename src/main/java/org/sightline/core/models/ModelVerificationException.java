package org.sightline.core.models;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file is not the one the catalog names: wrong size or wrong SHA-256. Such a file is never
 * handed out for loading. The message names the file and both the expected and the actual value.
 */
public final class ModelVerificationException extends IOException {
    /** Which check failed. */
    public enum Check { SIZE, SHA256 }

    private final Path file;
    private final Check check;
    private final String expected;
    private final String actual;

    public ModelVerificationException(Path file, Check check, String expected, String actual, String advice) {
        super(describe(file, check, expected, actual) + (advice.isEmpty() ? "" : "; " + advice));
        this.file = file;
        this.check = check;
        this.expected = expected;
        this.actual = actual;
    }

    private static String describe(Path file, Check check, String expected, String actual) {
        return switch (check) {
            case SIZE -> "Model file " + file + " has the wrong size (truncated or a different file): expected "
                    + expected + " bytes, actual " + actual + " bytes";
            case SHA256 -> "Model file " + file + " fails its SHA-256 check: expected " + expected
                    + ", actual " + actual;
        };
    }

    public Path file() {
        return file;
    }

    public Check check() {
        return check;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
