package org.sightline.core.tuning.resume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads and writes the {@code tuning_checkpoints} table (case schema V5, and the command line's run
 * database): one row per run, its last finished epoch. Runs inside the caller's transaction.
 */
public final class TuningCheckpoints {

    private TuningCheckpoints() {
    }

    /** Replaces the run's checkpoint. */
    public static void save(Connection c, long runId, TuningCheckpoint checkpoint) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO tuning_checkpoints (run_id, epoch, state, updated_ms) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET epoch = excluded.epoch, state = excluded.state, "
                + "updated_ms = excluded.updated_ms")) {
            upsert.setLong(1, runId);
            upsert.setInt(2, checkpoint.epochsDone());
            upsert.setBytes(3, TuningCheckpointCodec.encode(checkpoint));
            upsert.setLong(4, System.currentTimeMillis());
            upsert.executeUpdate();
        }
    }

    /** The run's checkpoint, if an epoch finished; {@code where} names the database in a damaged-data error. */
    public static Optional<TuningCheckpoint> load(Connection c, long runId, String where) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT state FROM tuning_checkpoints WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(TuningCheckpointCodec.decode(row.getBytes(1), where + ", run " + runId))
                        : Optional.empty();
            }
        }
    }

    public static void delete(Connection c, long runId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM tuning_checkpoints WHERE run_id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
    }
}
