package org.sightline.core.attributes;

import java.util.List;
import java.util.Objects;

/**
 * One attribute of a schema. {@code token} is the name used in label files and model mappings
 * (e.g. {@code personalMale}); {@code aliases} are other spellings accepted when reading labels
 * (e.g. {@code footwearSneaker}, as some papers spell PETA's {@code footwearSneakers}).
 */
public record Attribute(String token, String label, String group, List<String> aliases) {

    public Attribute {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Attribute(String token, String label, String group) {
        this(token, label, group, List.of());
    }
}
