package org.sightline.core.attributes.store;

import java.util.List;

/**
 * What a labels import did: of {@code rows} rows, {@code matched} named a detection of the case;
 * {@code corrections} were appended (values already in force are not repeated); {@code unmatched}
 * lists the files of the other rows.
 */
public record LabelImportSummary(int rows, int matched, int corrections, List<String> unmatched) {

    public LabelImportSummary {
        unmatched = List.copyOf(unmatched);
    }
}
