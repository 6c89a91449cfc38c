package org.sightline.core.cases.footage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes of the {@code tracks} table and of detections' track and identity; in the caller's transaction. */
public final class Tracks {

    private Tracks() {
    }

    /** A new track of {@code sourceId}; {@code trackerId} says which tracker run and id made it. */
    public static long insert(Connection c, long sourceId, String trackerId) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tracks (source_id, tracker_id, created_ms) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, sourceId);
            insert.setString(2, trackerId);
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void assign(Connection c, long detectionId, long trackId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE detections SET track_id = ? WHERE id = ?")) {
            update.setLong(1, trackId);
            update.setLong(2, detectionId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("detection " + detectionId + " does not exist");
            }
        }
    }

    /** How many tracks the source has (for naming the tracker runs of a resumed ingest). */
    public static long count(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM tracks WHERE source_id = ?")) {
            query.setLong(1, sourceId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
