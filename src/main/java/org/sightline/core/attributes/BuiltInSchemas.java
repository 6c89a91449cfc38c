package org.sightline.core.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The schemas shipped with Sightline, read from JSON resources beside this class.
 * PETA-35 is the 35-attribute PETA evaluation subset of the literature (Deng et al. 2014; Li et al. 2015),
 * with tokens spelled as in the PETA label files: {@code footwearSneakers}, accepting the
 * papers' {@code footwearSneaker} as an alias. PA-100K-26 is the PA-100K attribute list (Liu et al. 2017).
 * The Sightline default schema uses PETA tokens, so PETA-labelled crops can evaluate it.
 */
public final class BuiltInSchemas {
    public static final String PETA_35 = "peta-35";
    public static final String PA100K_26 = "pa100k-26";
    public static final String SIGHTLINE_DEFAULT = "sightline-default";
    private static final List<String> IDS = List.of(SIGHTLINE_DEFAULT, PETA_35, PA100K_26);

    private BuiltInSchemas() {
    }

    public static AttributeSchema peta35() {
        return load(PETA_35);
    }

    public static AttributeSchema pa100k26() {
        return load(PA100K_26);
    }

    public static AttributeSchema sightlineDefault() {
        return load(SIGHTLINE_DEFAULT);
    }

    /** All built-in schemas, the default first. */
    public static List<AttributeSchema> all() {
        return IDS.stream().map(BuiltInSchemas::load).toList();
    }

    public static Optional<AttributeSchema> byId(String id) {
        return IDS.contains(id) ? Optional.of(load(id)) : Optional.empty();
    }

    private static AttributeSchema load(String id) {
        String resource = "schemas/" + id + ".json";
        try (InputStream in = BuiltInSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in schema resource missing: " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return AttributeSchemaJson.parse(reader, "built-in " + resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
