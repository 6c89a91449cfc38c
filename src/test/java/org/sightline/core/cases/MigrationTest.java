package org.sightline.core.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.schema.ClasspathMigrations;
import org.sightline.core.cases.schema.Migration;
import org.sightline.core.cases.schema.MigrationSource;

class MigrationTest {
    @TempDir
    Path temp;

    /** The shipped V1 migration only: the schema these tests upgrade from. */
    private static MigrationSource v1Only() {
        List<Migration> v1 = List.copyOf(ClasspathMigrations.builtIn().migrations().subList(0, 1));
        return () -> v1;
    }

    /** The shipped V1 plus a test-only V2 that adds a column and a table. */
    private static MigrationSource withV2() {
        List<Migration> all = new ArrayList<>(v1Only().migrations());
        all.add(loadV2());
        return () -> all;
    }

    private static Migration loadV2() {
        try (var in = MigrationTest.class.getResourceAsStream("/org/sightline/core/cases/testmigrations/V2__source_notes.sql")) {
            return new Migration(2, "V2__source_notes.sql", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void openingAVersion1CaseAppliesVersion2AndKeepsItsData() {
        Path folder = temp.resolve("old");
        Source source;
        try (CaseStore v1 = Cases.create(folder, "old case", v1Only())) {
            assertEquals(1, v1.info().schemaVersion());
            source = v1.addSource(SourceKind.VIDEO, temp.resolve("cam.mp4"));
        }
        try (CaseStore v2 = Cases.open(folder, withV2())) {
            assertEquals(2, v2.info().schemaVersion());
            assertEquals(List.of(source), v2.sources());
            assertEquals(List.of("1:V1__initial.sql", "2:V2__source_notes.sql"), versions(v2));
            v2.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE sources SET notes = 'north gate' WHERE id = " + source.id());
                }
            });
        }
        try (CaseStore again = Cases.open(folder, withV2())) {
            assertEquals(2, versions(again).size(), "migrations run once");
        }
    }

    @Test
    void caseFromANewerSightlineIsRefusedWithoutChangingIt() {
        Path folder = temp.resolve("new");
        Cases.create(folder, "newer", withV2()).close();
        CaseStoreException error = assertThrows(CaseStoreException.class, () -> Cases.open(folder, v1Only()));
        assertEquals(CaseStoreException.Reason.NEWER_SCHEMA, error.reason());
        assertTrue(error.getMessage().contains("schema version 2") && error.getMessage().contains("up to 1"),
                error.getMessage());
        try (CaseStore store = Cases.open(folder, withV2())) {
            assertEquals(2, store.info().schemaVersion());
        }
    }

    @Test
    void migrationsMustBeNumberedWithoutGaps() {
        assertThrows(IllegalStateException.class, () -> new ClasspathMigrations(MigrationTest.class,
                "/org/sightline/core/cases/testmigrations/", List.of("V2__source_notes.sql")));
    }

    private static List<String> versions(CaseStore store) {
        return store.read(c -> {
            List<String> found = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
                while (r.next()) {
                    found.add(r.getInt(1) + ":" + r.getString(2));
                }
            }
            return found;
        });
    }
}
