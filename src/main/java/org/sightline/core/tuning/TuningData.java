package org.sightline.core.tuning;

import java.util.List;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.labels.LabelSet;

/**
 * Validated labelled images for prompt tuning: the schema they were read against, the attributes
 * that will be tuned (schema order; each has positive and negative images) and the labels.
 * {@code skipped} names the schema attributes left out, with the reason.
 */
public record TuningData(String source, AttributeSchema schema, List<String> attributes, LabelSet labels, List<String> skipped) {

    public TuningData {
        attributes = List.copyOf(attributes);
        skipped = List.copyOf(skipped);
    }
}
