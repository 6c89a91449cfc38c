package org.sightline.core.cases;

import static org.sightline.core.cases.CaseStoreException.Reason.INVALID_INPUT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code sources} table. */
final class SourceRows {
    private static final String COLUMNS = "SELECT id, kind, path, label, added_ms FROM sources";
    private final CaseStore store;

    SourceRows(CaseStore store) {
        this.store = store;
    }

    List<Source> all() {
        return store.read(c -> {
            List<Source> found = new ArrayList<>();
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery(COLUMNS + " ORDER BY id")) {
                while (rows.next()) {
                    found.add(toSource(rows));
                }
            }
            return found;
        });
    }

    Optional<Source> find(long id) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(toSource(rows)) : Optional.empty();
                }
            }
        });
    }

    Source add(SourceKind kind, Path path, String label) {
        if (kind == null || path == null || label == null || label.isBlank()) {
            throw new CaseStoreException(INVALID_INPUT, "A source needs a kind, a path and a label; got "
                    + kind + ", " + path + ", '" + label + "'");
        }
        Path absolute = path.toAbsolutePath().normalize();
        Instant added = Instant.ofEpochMilli(System.currentTimeMillis());
        return store.inTransaction(c -> {
            if (exists(c, absolute)) {
                throw new CaseStoreException(INVALID_INPUT, absolute + " is already a source of case "
                        + store.info().folder());
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sources (kind, path, label, added_ms) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind.name());
                insert.setString(2, absolute.toString());
                insert.setString(3, label.strip());
                insert.setLong(4, added.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Source(keys.getLong(1), kind, absolute, label.strip(), added);
                }
            }
        });
    }

    void rename(long id, String label) {
        if (label == null || label.isBlank()) {
            throw new CaseStoreException(INVALID_INPUT, "A source label cannot be empty (source " + id + ")");
        }
        update("UPDATE sources SET label = ? WHERE id = ?", id, label.strip());
    }

    void remove(long id) {
        update("DELETE FROM sources WHERE id = ?", id, null);
    }

    private void update(String sql, long id, String label) {
        int changed = store.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                int index = 1;
                if (label != null) {
                    statement.setString(index++, label);
                }
                statement.setLong(index, id);
                return statement.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new CaseStoreException(INVALID_INPUT, "Case " + store.info().folder() + " has no source " + id);
        }
    }

    private static boolean exists(Connection c, Path path) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM sources WHERE path = ?")) {
            query.setString(1, path.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Source toSource(ResultSet row) throws SQLException {
        return new Source(row.getLong(1), SourceKind.valueOf(row.getString(2)), Path.of(row.getString(3)),
                row.getString(4), Instant.ofEpochMilli(row.getLong(5)));
    }
}
