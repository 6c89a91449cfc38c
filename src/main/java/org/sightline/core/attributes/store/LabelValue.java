package org.sightline.core.attributes.store;

import java.util.Locale;

/**
 * What a label correction says about one attribute of one detection. {@code UNSET} withdraws the
 * investigator's word, so the prediction shows again (what undoing a first correction appends).
 */
public enum LabelValue {
    YES, NO, UNSET;

    /** The text stored in {@code label_corrections.value}. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelValue of(boolean yes) {
        return yes ? YES : NO;
    }

    public static LabelValue fromStored(String value) {
        return switch (value) {
            case "yes" -> YES;
            case "no" -> NO;
            case "unset" -> UNSET;
            default -> throw new IllegalArgumentException("unknown label correction value '" + value
                    + "' (expected yes, no or unset)");
        };
    }
}
