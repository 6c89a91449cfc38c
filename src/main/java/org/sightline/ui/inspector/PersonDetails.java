package org.sightline.ui.inspector;

import java.nio.file.Path;
import java.util.List;

/** Everything the inspector shows about one person (identity) in the open case. */
public record PersonDetails(String label, Path cropImage, List<AttributeScore> attributes,
                            List<Appearance> appearances) {
    public PersonDetails {
        attributes = List.copyOf(attributes);
        appearances = List.copyOf(appearances);
    }
}
