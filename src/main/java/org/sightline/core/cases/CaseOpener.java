package org.sightline.core.cases;

import static org.sightline.core.cases.CaseStoreException.Reason.CORRUPT;
import static org.sightline.core.cases.CaseStoreException.Reason.NEWER_SCHEMA;
import static org.sightline.core.cases.CaseStoreException.Reason.NOT_WRITABLE;
import static org.sightline.core.cases.CaseStoreException.Reason.STORAGE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sightline.core.cases.schema.MigrationSource;
import org.sightline.core.cases.schema.Migrator;
import org.sightline.core.cases.schema.NewerSchemaException;

/** Opens an existing case database: lock, connect, verify, migrate, recover jobs of a dead process. */
final class CaseOpener {

    private CaseOpener() {
    }

    static SqliteCaseStore open(Path folder, Path database, MigrationSource migrations) {
        CaseLock lock = CaseLock.acquire(folder);
        Connection connection = null;
        try {
            connection = connect(database);
            requireSightlineDatabase(connection, database);
            int version = migrate(connection, folder, migrations);
            CaseInfo info = readInfo(connection, folder, database, version);
            markInterrupted(connection);
            Path thumbnails = Files.createDirectories(folder.resolve(CaseFiles.THUMBNAILS));
            return new SqliteCaseStore(info, thumbnails, connection, lock);
        } catch (RuntimeException | IOException | SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw asCaseError(e, folder, database);
        }
    }

    private static Connection connect(Path database) throws SQLException {
        try {
            return CaseDatabase.connect(database);
        } catch (SQLException e) {
            throw notACaseDatabase(database, e.getMessage(), e);
        }
    }

    private static void requireSightlineDatabase(Connection connection, Path database) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA application_id")) {
            int applicationId = row.next() ? row.getInt(1) : 0;
            if (applicationId != CaseFiles.APPLICATION_ID) {
                throw notACaseDatabase(database, "it is an SQLite database of another application (application_id 0x"
                        + Integer.toHexString(applicationId) + ")", null);
            }
        } catch (SQLException e) {
            throw notACaseDatabase(database, e.getMessage(), e);
        }
    }

    private static int migrate(Connection connection, Path folder, MigrationSource migrations) throws SQLException {
        try {
            return new Migrator(migrations).migrate(connection);
        } catch (NewerSchemaException e) {
            throw new CaseStoreException(NEWER_SCHEMA, "Case " + folder + " was written by a newer Sightline: "
                    + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CaseStoreException(STORAGE, "Cannot upgrade case " + folder + " to the current schema: "
                    + e.getMessage() + " (the case is left as it was)", e);
        }
    }

    private static CaseInfo readInfo(Connection connection, Path folder, Path database, int version)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, created_ms FROM case_info WHERE id = 1")) {
            if (!row.next()) {
                throw notACaseDatabase(database, "its case_info row is missing", null);
            }
            return new CaseInfo(folder, row.getString(1), Instant.ofEpochMilli(row.getLong(2)), version);
        }
    }

    /** We hold the case lock, so no live process is running these jobs any more. */
    private static void markInterrupted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE jobs SET state = 'INTERRUPTED', updated_ms = "
                    + System.currentTimeMillis() + " WHERE state = 'RUNNING'");
        }
    }

    private static CaseStoreException notACaseDatabase(Path database, String why, Throwable cause) {
        return new CaseStoreException(CORRUPT, database + " is not a Sightline case database: " + why, cause);
    }

    private static CaseStoreException asCaseError(Exception e, Path folder, Path database) {
        if (e instanceof CaseStoreException caseError) {
            return caseError;
        }
        if (e instanceof IOException) {
            return new CaseStoreException(NOT_WRITABLE, "Cannot prepare case folder " + folder + ": " + e, e);
        }
        return new CaseStoreException(STORAGE, "Cannot open case database " + database + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the original error is the one to report
            }
        }
    }
}
