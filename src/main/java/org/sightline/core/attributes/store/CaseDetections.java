package org.sightline.core.attributes.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;

/**
 * The detections of a case as the crop gallery lists them, in id order: stored thumbnail, the original
 * image of a gallery crop, and where the detection was seen. One query, so it stays quick for 100k rows.
 */
public final class CaseDetections {
    private static final String SELECT = "SELECT d.id, d.thumbnail, d.detector_id, f.file_path, f.frame_index, "
            + "s.path, s.label FROM detections d JOIN frames f ON f.id = d.frame_id JOIN sources s ON s.id = f.source_id";
    private final CaseStore store;

    /**
     * One detection. {@code thumbnail} is absolute (null when none was stored); {@code originalImage} is the
     * image file of a whole-image gallery crop (null otherwise, e.g. for video detections).
     */
    public record Row(long detectionId, Path thumbnail, Path originalImage, String sourceLabel, long frameIndex) {
    }

    public CaseDetections(CaseStore store) {
        this.store = store;
    }

    public List<Row> all() {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(SELECT + " ORDER BY d.id")) {
                return rows(query);
            }
        });
    }

    public Optional<Row> find(long detectionId) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(SELECT + " WHERE d.id = ?")) {
                query.setLong(1, detectionId);
                return rows(query).stream().findFirst();
            }
        });
    }

    private List<Row> rows(PreparedStatement query) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                String thumbnail = r.getString(2);
                String file = r.getString(4);
                Path original = file != null && "whole-image".equals(r.getString(3))
                        ? Path.of(r.getString(6)).resolve(file) : null;
                rows.add(new Row(r.getLong(1), thumbnail == null ? null : store.thumbnailsDir().resolve(thumbnail),
                        original, r.getString(7), r.getLong(5)));
            }
        }
        return rows;
    }
}
