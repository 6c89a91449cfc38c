package org.sightline.core.models;

import java.util.Locale;

/** The user's device setting for inference; AUTO uses a GPU when the engine finds one. */
public enum ComputeDevice {
    AUTO, CPU, GPU;

    /** Parses a setting value such as "auto", "cpu" or "GPU"; the error lists the accepted values. */
    public static ComputeDevice fromSetting(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown compute device '" + value + "': use auto, cpu or gpu", e);
        }
    }
}
