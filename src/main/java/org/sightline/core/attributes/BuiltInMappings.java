package org.sightline.core.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Mappings shipped with Sightline. {@link #crossroad0230()} maps Intel's
 * person-attributes-recognition-crossroad-0230 (outputs is_male, has_bag, has_backpack, has_hat,
 * has_longsleeves, has_longpants, has_longhair, has_coat_jacket) onto PETA tokens; the notes in
 * the resource name each approximation.
 */
public final class BuiltInMappings {
    public static final String CROSSROAD_0230 = "person-attributes-recognition-crossroad-0230";

    private BuiltInMappings() {
    }

    public static AttributeMapping crossroad0230() {
        String resource = "mappings/" + CROSSROAD_0230 + ".json";
        try (InputStream in = BuiltInMappings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in mapping resource missing: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return AttributeMappingJson.parse(reader, "built-in " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
