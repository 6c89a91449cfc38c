package org.sightline.core.attributes;

import org.sightline.core.config.AppPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schemas a user can pick: the built-in ones, then every {@code *.json} schema in the user's
 * schemas folder ({@code <app data>/schemas}). A schema can also be named by a file path.
 */
public final class SchemaLibrary {
    private final Path userFolder;

    public SchemaLibrary(Path userFolder) {
        this.userFolder = userFolder;
    }

    public static SchemaLibrary forApp(AppPaths paths) {
        return new SchemaLibrary(paths.home().resolve("schemas"));
    }

    public Path userFolder() {
        return userFolder;
    }

    /** Built-in schemas first, then the user's, sorted by file name; a broken user file is an error naming it. */
    public List<AttributeSchema> all() {
        List<AttributeSchema> schemas = new ArrayList<>(BuiltInSchemas.all());
        if (!Files.isDirectory(userFolder)) {
            return schemas;
        }
        try (Stream<Path> files = Files.list(userFolder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                schemas.add(AttributeSchemaJson.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schemas folder " + userFolder + ": " + e.getMessage(), e);
        }
        return schemas;
    }

    /** A schema by id (built-in or in the user's folder), or by the path of a schema JSON file. */
    public AttributeSchema resolve(String idOrFile) {
        Path asFile = Path.of(idOrFile);
        if (idOrFile.endsWith(".json") && Files.isRegularFile(asFile)) {
            try {
                return AttributeSchemaJson.read(asFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read schema file " + asFile + ": " + e.getMessage(), e);
            }
        }
        List<AttributeSchema> known = all();
        return known.stream().filter(schema -> schema.id().equals(idOrFile)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown schema '" + idOrFile + "'; known: "
                        + String.join(", ", known.stream().map(AttributeSchema::id).toList())
                        + " (or give the path of a schema .json file; your own schemas go in " + userFolder + ")"));
    }
}
