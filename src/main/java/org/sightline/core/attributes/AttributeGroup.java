package org.sightline.core.attributes;

import java.util.Objects;

/**
 * A group of attributes shown together (gender, age, upper body colour...). In an exclusive group
 * an investigator picks at most one attribute (one age band, one main colour); the labels of public
 * data sets do not always obey that (PETA gives ~8% of people two upper-body colours), so
 * exclusivity guides editing and the folder layout but is never used to reject a data set's labels.
 */
public record AttributeGroup(String id, String label, boolean exclusive) {

    public AttributeGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
