package org.sightline.core.vl.eval;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * A labelled person crop: its image file, the person it shows ({@code personKey} is unique across
 * data sets, e.g. {@code PETA/PRID/17} or {@code Market/0002}), where it comes from ({@code PETA/<subset>}
 * or {@code Market}) and its positive PETA-style attribute tokens.
 */
public record PedestrianCrop(Path image, String personKey, String source, Set<String> tokens) {

    public PedestrianCrop {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(source, "source");
        tokens = Set.copyOf(tokens);
    }
}
