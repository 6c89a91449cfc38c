package org.sightline.core.cases;

import static org.sightline.core.cases.CaseStoreException.Reason.ALREADY_EXISTS;
import static org.sightline.core.cases.CaseStoreException.Reason.INVALID_INPUT;
import static org.sightline.core.cases.CaseStoreException.Reason.NOT_A_CASE;
import static org.sightline.core.cases.CaseStoreException.Reason.NOT_WRITABLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.sightline.core.cases.schema.ClasspathMigrations;
import org.sightline.core.cases.schema.MigrationSource;
import org.sightline.core.cases.schema.Migrator;
import org.sightline.core.cases.schema.NewerSchemaException;

/**
 * Creates and opens cases. A case is a folder holding {@code case.sqlite}, {@code thumbnails/}
 * and a {@code case.lock} held while a process has it open.
 */
public final class Cases {

    private Cases() {
    }

    /** Makes {@code folder} (new or empty of any case) a case called {@code name} and opens it. */
    public static CaseStore create(Path folder, String name) {
        return create(folder, name, ClasspathMigrations.builtIn());
    }

    /** Opens the case in {@code folder}, upgrading its schema when it was written by an older version. */
    public static CaseStore open(Path folder) {
        return open(folder, ClasspathMigrations.builtIn());
    }

    /** Cheap check (no database connection) that {@code folder} holds a Sightline case. */
    public static boolean isCase(Path folder) {
        return folder != null && CaseFiles.hasCaseHeader(CaseFiles.database(folder));
    }

    /** The database file of the case in {@code folder}. */
    public static Path databaseFile(Path folder) {
        return CaseFiles.database(folder);
    }

    static CaseStore create(Path folder, String name, MigrationSource migrations) {
        if (name == null || name.isBlank()) {
            throw new CaseStoreException(INVALID_INPUT, "A case needs a name (creating a case in " + folder + ")");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new CaseStoreException(INVALID_INPUT, "Cannot create a case in " + absolute + ": it is a file, not a folder");
        }
        Path database = CaseFiles.database(absolute);
        if (Files.exists(database)) {
            throw new CaseStoreException(ALREADY_EXISTS, absolute + " already holds a case (" + database.getFileName()
                    + "); open it instead");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new CaseStoreException(NOT_WRITABLE, "Cannot create case folder " + absolute + ": " + e, e);
        }
        requireWritable(absolute);
        Path pending = absolute.resolve(CaseFiles.DATABASE + ".creating");
        try {
            Files.deleteIfExists(pending);
            try (Connection connection = CaseDatabase.createNew(pending)) {
                new Migrator(migrations).migrate(connection);
                insertInfo(connection, name.strip());
            }
            // The case appears all at once: a crash while creating leaves no half-made case.sqlite.
            Files.move(pending, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | NewerSchemaException e) {
            throw new CaseStoreException(NOT_WRITABLE, "Cannot create the case database " + database + ": "
                    + e.getMessage(), e);
        }
        return open(absolute, migrations);
    }

    static CaseStore open(Path folder, MigrationSource migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new CaseStoreException(NOT_A_CASE, "Case folder " + absolute + " does not exist or is not a folder");
        }
        Path database = CaseFiles.database(absolute);
        if (!Files.isRegularFile(database)) {
            throw new CaseStoreException(NOT_A_CASE, absolute + " is not a Sightline case: it holds no "
                    + CaseFiles.DATABASE);
        }
        requireWritable(absolute);
        if (!Files.isWritable(database)) {
            throw new CaseStoreException(NOT_WRITABLE, "Case database " + database + " is read-only; "
                    + "Sightline needs to write to it");
        }
        return CaseOpener.open(absolute, database, migrations);
    }

    private static void requireWritable(Path folder) {
        if (!Files.isWritable(folder)) {
            throw new CaseStoreException(NOT_WRITABLE, "Case folder " + folder + " is not writable; Sightline "
                    + "keeps its database and thumbnails there, so pick a folder you can write to");
        }
    }

    private static void insertInfo(Connection connection, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO case_info (id, case_uuid, name, created_ms) VALUES (1, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, name);
            insert.setLong(3, Instant.now().toEpochMilli());
            insert.executeUpdate();
        }
    }
}
