package org.sightline.core.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.sightline.core.inference.BoundingBox;

/** Writes and counts frames and their detections; the writes run inside the caller's transaction. */
public final class Frames {

    private Frames() {
    }

    /**
     * Inserts a frame and returns its id. {@code timestampMs} is null for still images,
     * {@code filePath} (relative to the source folder) null for video frames.
     */
    public static long insertFrame(Connection c, long sourceId, long frameIndex, Long timestampMs, int width,
                                   int height, String filePath) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO frames (source_id, frame_index, "
                + "timestamp_ms, width, height, file_path) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, sourceId);
            insert.setLong(2, frameIndex);
            insert.setObject(3, timestampMs);
            insert.setInt(4, width);
            insert.setInt(5, height);
            insert.setString(6, filePath);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** Inserts a detection; {@code thumbnail} is relative to the case's thumbnails folder. */
    public static long insertDetection(Connection c, long frameId, BoundingBox box, double score, String detectorId,
                                       String thumbnail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO detections (frame_id, x, y, w, h, score, "
                + "detector_id, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, frameId);
            insert.setDouble(2, box.x());
            insert.setDouble(3, box.y());
            insert.setDouble(4, box.width());
            insert.setDouble(5, box.height());
            insert.setDouble(6, score);
            insert.setString(7, detectorId);
            insert.setString(8, thumbnail);
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    /** The frame index to give the source's next frame. */
    public static long nextFrameIndex(Connection c, long sourceId) throws SQLException {
        return single(c, "SELECT coalesce(max(frame_index) + 1, 0) FROM frames WHERE source_id = ?", sourceId);
    }

    public static long count(Connection c, long sourceId) throws SQLException {
        return single(c, "SELECT count(*) FROM frames WHERE source_id = ?", sourceId);
    }

    /** Relative file paths of the source's frames that came from image files. */
    public static Set<String> filePaths(Connection c, long sourceId) throws SQLException {
        Set<String> paths = new HashSet<>();
        try (PreparedStatement query = c.prepareStatement(
                "SELECT file_path FROM frames WHERE source_id = ? AND file_path IS NOT NULL")) {
            query.setLong(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    paths.add(rows.getString(1));
                }
            }
        }
        return paths;
    }

    private static long single(Connection c, String sql, long sourceId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
