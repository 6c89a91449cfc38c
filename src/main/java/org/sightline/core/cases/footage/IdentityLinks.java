package org.sightline.core.cases.footage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.sightline.core.identities.Corrections;

/**
 * The identity corrections in force, as {@link Corrections} over tracklet keys
 * ({@link #key(long) "track-<id>"}), saved in {@code identity_links}; and their history in
 * {@code identity_corrections}. Writes run in the caller's transaction.
 */
public final class IdentityLinks {
    private static final String PREFIX = "track-";

    private IdentityLinks() {
    }

    /** The tracklet key of a stored track. */
    public static String key(long trackId) {
        return PREFIX + trackId;
    }

    public static long trackId(String key) {
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a stored track's key: " + key);
        }
        return Long.parseLong(key.substring(PREFIX.length()));
    }

    public static Corrections load(Connection c) throws SQLException {
        Set<Corrections.Link> must = new HashSet<>();
        Set<Corrections.Link> cannot = new HashSet<>();
        try (Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT kind, track_a, track_b FROM identity_links")) {
            while (rows.next()) {
                Corrections.Link link = new Corrections.Link(key(rows.getLong(2)), key(rows.getLong(3)));
                (rows.getString(1).equals("MUST_LINK") ? must : cannot).add(link);
            }
        }
        return new Corrections(must, cannot);
    }

    /** Replaces the corrections in force. */
    public static void save(Connection c, Corrections corrections) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.executeUpdate("DELETE FROM identity_links");
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO identity_links (kind, track_a, track_b, created_ms) VALUES (?, ?, ?, ?)")) {
            long now = System.currentTimeMillis();
            for (Corrections.Link link : corrections.mustLink()) {
                add(insert, "MUST_LINK", link, now);
            }
            for (Corrections.Link link : corrections.cannotLink()) {
                add(insert, "CANNOT_LINK", link, now);
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, String kind, Corrections.Link link, long now) throws SQLException {
        long a = trackId(link.first());
        long b = trackId(link.second());
        insert.setString(1, kind);
        insert.setLong(2, Math.min(a, b));
        insert.setLong(3, Math.max(a, b));
        insert.setLong(4, now);
        insert.addBatch();
    }

    /** Appends to the history: a MERGE of two identities, or a SPLIT of a track out of one. */
    public static void recordHistory(Connection c, String action, long identityId, Long otherIdentityId, Long trackId,
                                     String author) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO identity_corrections (action, identity_id, "
                + "other_identity_id, track_id, author, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, action);
            insert.setLong(2, identityId);
            insert.setObject(3, otherIdentityId);
            insert.setObject(4, trackId);
            insert.setString(5, author);
            insert.setLong(6, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
