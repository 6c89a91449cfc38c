package org.sightline.core.cases.footage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.inference.BoundingBox;

/**
 * Read access to what ingest stored in a case: frames, detections, identities and appearances.
 * Every method is one short read on the case's connection, safe from any thread; thumbnails come
 * back as absolute paths under the case's thumbnails folder.
 */
public final class Footage {
    static final String DETECTION_COLUMNS = "SELECT d.id, d.frame_id, f.source_id, f.frame_index, f.timestamp_ms, "
            + "d.x, d.y, d.w, d.h, d.score, d.detector_id, d.track_id, d.identity_id, d.thumbnail "
            + "FROM detections d JOIN frames f ON f.id = d.frame_id";

    private final CaseStore store;

    public Footage(CaseStore store) {
        this.store = store;
    }

    /** The source's frames in index order. */
    public List<FrameRow> frames(long sourceId) {
        return store.read(c -> {
            List<FrameRow> frames = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, source_id, frame_index, timestamp_ms, width, "
                    + "height, file_path FROM frames WHERE source_id = ? ORDER BY frame_index")) {
                query.setLong(1, sourceId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        frames.add(new FrameRow(rows.getLong(1), rows.getLong(2), rows.getLong(3), optionalLong(rows, 4),
                                rows.getInt(5), rows.getInt(6), Optional.ofNullable(rows.getString(7))));
                    }
                }
            }
            return frames;
        });
    }

    /** The detections of one frame, best score first. */
    public List<DetectionRow> detectionsOfFrame(long frameId) {
        return detections(" WHERE d.frame_id = ? ORDER BY d.score DESC, d.id", frameId);
    }

    /** The detections in frame {@code frameIndex} of a source, best score first. */
    public List<DetectionRow> detectionsAt(long sourceId, long frameIndex) {
        return detections(" WHERE f.source_id = ? AND f.frame_index = ? ORDER BY d.score DESC, d.id", sourceId, frameIndex);
    }

    public Optional<DetectionRow> detection(long detectionId) {
        List<DetectionRow> found = detections(" WHERE d.id = ?", detectionId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The detections of one track in frame order. */
    public List<DetectionRow> detectionsOfTrack(long trackId) {
        return detections(" WHERE d.track_id = ? ORDER BY f.frame_index", trackId);
    }

    /** Detections by id (missing ids are left out), in the order of {@code ids}. */
    public List<DetectionRow> detections(Collection<Long> ids) {
        Map<Long, DetectionRow> byId = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            detections(" WHERE d.id IN (" + in + ")").forEach(d -> byId.put(d.id(), d));
        }
        return all.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** Every identity that has detections, most detections first. */
    public List<IdentitySummary> identities() {
        return IdentityRows.summaries(store);
    }

    /** Where identity {@code identityId} is seen, by source and frame. */
    public List<Appearance> appearances(long identityId) {
        return store.read(c -> {
            List<Appearance> appearances = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, f.source_id, f.frame_index, f.timestamp_ms, "
                    + "d.track_id, d.x, d.y, d.w, d.h FROM detections d JOIN frames f ON f.id = d.frame_id "
                    + "WHERE d.identity_id = ? ORDER BY f.source_id, f.frame_index, d.id")) {
                query.setLong(1, identityId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        appearances.add(new Appearance(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                                optionalLong(rows, 4), optionalLong(rows, 5), new BoundingBox(rows.getDouble(6),
                                rows.getDouble(7), rows.getDouble(8), rows.getDouble(9))));
                    }
                }
            }
            return appearances;
        });
    }

    /** Frames, detections and tracks stored for a source. */
    public SourceCounts counts(long sourceId) {
        return store.read(c -> new SourceCounts(
                count(c, "SELECT count(*) FROM frames WHERE source_id = ?", sourceId),
                count(c, "SELECT count(*) FROM detections d JOIN frames f ON f.id = d.frame_id WHERE f.source_id = ?",
                        sourceId),
                count(c, "SELECT count(*) FROM tracks WHERE source_id = ?", sourceId)));
    }

    /** Counts of what a source holds. */
    public record SourceCounts(long frames, long detections, long tracks) {
    }

    private List<DetectionRow> detections(String where, long... arguments) {
        return store.read(c -> {
            List<DetectionRow> found = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(DETECTION_COLUMNS + where)) {
                for (int i = 0; i < arguments.length; i++) {
                    query.setLong(i + 1, arguments[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(toDetection(rows, store.thumbnailsDir()));
                    }
                }
            }
            return found;
        });
    }

    static DetectionRow toDetection(ResultSet row, Path thumbnails) throws SQLException {
        String thumbnail = row.getString(14);
        return new DetectionRow(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), optionalLong(row, 5),
                new BoundingBox(row.getDouble(6), row.getDouble(7), row.getDouble(8), row.getDouble(9)),
                row.getDouble(10), row.getString(11), optionalLong(row, 12), optionalLong(row, 13),
                Optional.ofNullable(thumbnail).map(thumbnails::resolve));
    }

    static OptionalLong optionalLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static long count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
