package org.sightline.core.attributes.labels;

import org.sightline.core.attributes.AttributeSchema;

/**
 * How to read labels. With a {@code schema}, aliases become the schema's tokens and unknown tokens
 * are handled by {@code unknownTokens}; without one every token is kept as written.
 * {@code requireImageFiles} rejects a row whose image file does not exist.
 */
public record LabelReadOptions(AttributeSchema schema, UnknownTokens unknownTokens, boolean requireImageFiles) {

    public LabelReadOptions {
        unknownTokens = unknownTokens == null ? UnknownTokens.KEEP : unknownTokens;
    }

    /** No schema, every token kept, missing images allowed. */
    public static LabelReadOptions lenient() {
        return new LabelReadOptions(null, UnknownTokens.KEEP, false);
    }

    /** Every token must be in the schema and every image must exist. */
    public static LabelReadOptions strict(AttributeSchema schema) {
        return new LabelReadOptions(schema, UnknownTokens.FAIL, true);
    }
}
