package org.sightline.core.cases.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migrations stored as resources named {@code V<n>__<description>.sql} under one classpath folder.
 * Resource folders cannot be listed portably inside a jar, so the file names are given explicitly.
 */
public final class ClasspathMigrations implements MigrationSource {
    /** The schema migrations of this build, oldest first. Append new ones; never edit released ones. */
    public static final List<String> BUILT_IN = List.of("V1__initial.sql", "V2__attribute_predictors.sql",
            "V3__identity_links.sql", "V4__search.sql", "V5__tuning_checkpoints.sql",
            "V6__active_packs.sql");
    private static final String BUILT_IN_FOLDER = "/org/sightline/core/cases/migrations/";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private final List<Migration> migrations;

    public ClasspathMigrations(Class<?> anchor, String folder, List<String> fileNames) {
        List<Migration> loaded = new ArrayList<>();
        for (String fileName : fileNames) {
            loaded.add(load(anchor, folder + fileName, fileName));
        }
        for (int i = 0; i < loaded.size(); i++) {
            if (loaded.get(i).version() != i + 1) {
                throw new IllegalStateException("Schema migrations must be numbered 1, 2, 3... without gaps; "
                        + "position " + (i + 1) + " holds " + loaded.get(i).name());
            }
        }
        this.migrations = List.copyOf(loaded);
    }

    /** The migrations shipped with this build. */
    public static ClasspathMigrations builtIn() {
        return new ClasspathMigrations(ClasspathMigrations.class, BUILT_IN_FOLDER, BUILT_IN);
    }

    @Override
    public List<Migration> migrations() {
        return migrations;
    }

    private static Migration load(Class<?> anchor, String resource, String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Migration file " + fileName + " is not named V<n>__<description>.sql");
        }
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration resource " + resource + " is missing from the classpath");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Migration(Integer.parseInt(matcher.group(1)), fileName, sql);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration resource " + resource, e);
        }
    }
}
