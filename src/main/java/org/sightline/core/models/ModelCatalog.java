package org.sightline.core.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every model the application knows, read from models/catalog.json and checked entry by entry. */
public final class ModelCatalog {
    /** Where the build puts the top-level models/catalog.json on the classpath. */
    public static final String CLASSPATH_RESOURCE = "/models/catalog.json";

    private final String sourceName;
    private final List<ModelEntry> models;

    private ModelCatalog(String sourceName, List<ModelEntry> models) {
        this.sourceName = sourceName;
        this.models = List.copyOf(models);
    }

    /** The catalog shipped with the application. */
    public static ModelCatalog fromClasspath() {
        InputStream stream = ModelCatalog.class.getResourceAsStream(CLASSPATH_RESOURCE);
        if (stream == null) {
            throw new ModelCatalogException("The model catalog " + CLASSPATH_RESOURCE
                    + " is not on the classpath (the build copies it from models/catalog.json)");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(reader, "classpath:" + CLASSPATH_RESOURCE);
        } catch (IOException e) {
            throw new ModelCatalogException("Cannot read classpath:" + CLASSPATH_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static ModelCatalog load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new ModelCatalogException("Cannot read model catalog " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses catalog JSON; {@code sourceName} appears in every error message. */
    public static ModelCatalog parse(Reader reader, String sourceName) {
        return new ModelCatalog(sourceName, new CatalogParser(sourceName).parse(reader));
    }

    public static ModelCatalog parse(String json, String sourceName) {
        return parse(new StringReader(json), sourceName);
    }

    public String sourceName() {
        return sourceName;
    }

    public List<ModelEntry> models() {
        return models;
    }

    public Optional<ModelEntry> find(String id) {
        return models.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The entry with this id; the exception lists the known ids. */
    public ModelEntry require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No model '" + id + "' in the catalog "
                + sourceName + "; known models: "
                + models.stream().map(ModelEntry::id).collect(Collectors.joining(", "))));
    }

    public List<ModelEntry> byRole(ModelRole role) {
        return models.stream().filter(entry -> entry.role() == role).toList();
    }
}
