package org.sightline.core.attributes.labels;

import org.sightline.core.attributes.AttributeSchema;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Splits an {@code attributes} field on whitespace and checks each token against the options' schema. */
final class TokenParser {
    private final LabelReadOptions options;
    private final String source;

    TokenParser(LabelReadOptions options, String source) {
        this.options = options;
        this.source = source;
    }

    Set<String> parse(String field, int line) throws LabelFormatException {
        Set<String> tokens = new LinkedHashSet<>();
        String trimmed = field.strip();
        if (trimmed.isEmpty()) {
            return tokens;
        }
        AttributeSchema schema = options.schema();
        for (String raw : trimmed.split("\\s+")) {
            if (schema == null) {
                tokens.add(raw);
                continue;
            }
            Optional<String> canonical = schema.canonical(raw);
            if (canonical.isPresent()) {
                tokens.add(canonical.get());
            } else if (options.unknownTokens() == UnknownTokens.KEEP) {
                tokens.add(raw);
            } else if (options.unknownTokens() == UnknownTokens.FAIL) {
                throw new LabelFormatException(source, line,
                        "token '" + raw + "' is not an attribute of schema '" + schema.id() + "'");
            }
        }
        return tokens;
    }
}
