package org.sightline.core.attributes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.sightline.core.cases.CaseStore;

/**
 * The append-only label corrections of a case (the database refuses updates). The latest row per
 * (detection, token) is in force; an undo is a new row, never a deletion.
 */
public final class LabelCorrections {
    private static final String COLUMNS =
            "SELECT id, detection_id, attribute, value, author, created_ms, reverts_id FROM label_corrections";
    private final CaseStore store;

    public LabelCorrections(CaseStore store) {
        this.store = store;
    }

    /** Appends a correction inside the caller's transaction and returns its id. */
    public static long append(Connection c, long detectionId, String token, LabelValue value, String author,
                              Long revertsId) throws SQLException {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a label correction needs an author (detection " + detectionId
                    + ", " + token + ")");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO label_corrections (detection_id, attribute, "
                + "value, author, created_ms, reverts_id) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, detectionId);
            insert.setString(2, token);
            insert.setString(3, value.stored());
            insert.setString(4, author.strip());
            insert.setLong(5, System.currentTimeMillis());
            insert.setObject(6, revertsId);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The correction in force for one token, read inside the caller's transaction. */
    public static Optional<Correction> latest(Connection c, long detectionId, String token) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(COLUMNS
                + " WHERE detection_id = ? AND attribute = ? ORDER BY id DESC LIMIT 1")) {
            query.setLong(1, detectionId);
            query.setString(2, token);
            List<Correction> found = rows(query);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
        }
    }

    /** The correction in force per token of the detection ({@code UNSET} ones included). */
    public Map<String, Correction> latest(long detectionId) {
        Map<String, Correction> latest = new LinkedHashMap<>();
        history(detectionId).forEach(correction -> latest.put(correction.token(), correction));
        return latest;
    }

    /** Every correction of the detection, oldest first. */
    public List<Correction> history(long detectionId) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(COLUMNS + " WHERE detection_id = ? ORDER BY id")) {
                query.setLong(1, detectionId);
                return rows(query);
            }
        });
    }

    private static List<Correction> rows(PreparedStatement query) throws SQLException {
        List<Correction> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long reverts = rows.getLong(7);
                OptionalLong revertsId = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(reverts);
                found.add(new Correction(rows.getLong(1), rows.getLong(2), rows.getString(3),
                        LabelValue.fromStored(rows.getString(4)), rows.getString(5),
                        Instant.ofEpochMilli(rows.getLong(6)), revertsId));
            }
        }
        return found;
    }
}
