package org.sightline.core.cases.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a database up to the latest known schema. Each migration runs in its own transaction
 * together with its row in {@code schema_version}, so a crash leaves the database at a whole version.
 */
public final class Migrator {
    private final MigrationSource source;

    public Migrator(MigrationSource source) {
        this.source = source;
    }

    /** The version recorded in the database; 0 for a database without a schema yet. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version    INTEGER PRIMARY KEY,
                        name       TEXT    NOT NULL,
                        applied_ms INTEGER NOT NULL)""");
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    /**
     * Applies the pending migrations on a connection in auto-commit mode.
     *
     * @return the schema version afterwards
     */
    public int migrate(Connection connection) throws SQLException, NewerSchemaException {
        int current = currentVersion(connection);
        int latest = source.latestVersion();
        if (current > latest) {
            throw new NewerSchemaException(current, latest);
        }
        for (Migration migration : source.migrations()) {
            if (migration.version() > current) {
                apply(connection, migration);
                current = migration.version();
            }
        }
        return current;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO schema_version (version, name, applied_ms) VALUES (?, ?, ?)")) {
            statement.executeUpdate(migration.sql());
            record.setInt(1, migration.version());
            record.setString(2, migration.name());
            record.setLong(3, System.currentTimeMillis());
            record.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Schema migration " + migration.name() + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
