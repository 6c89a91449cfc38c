package org.sightline.core.attributes.labels;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled image: {@code file} as written in the labels file (relative to its folder, '/'-separated),
 * {@code path} resolved and absolute, the positive {@code tokens} (an absent token means the
 * attribute is absent) and the other columns' values by column name.
 */
public record LabelledImage(String file, Path path, Set<String> tokens, Map<String, String> extra) {

    public LabelledImage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        tokens = Collections.unmodifiableSet(new LinkedHashSet<>(tokens));
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public LabelledImage withTokens(Set<String> newTokens) {
        return new LabelledImage(file, path, newTokens, extra);
    }
}
