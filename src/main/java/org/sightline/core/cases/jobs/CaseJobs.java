package org.sightline.core.cases.jobs;

import static org.sightline.core.cases.CaseStoreException.Reason.INVALID_INPUT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;

/**
 * The jobs saved in a case. Opening a case turns jobs left RUNNING by a dead process into
 * INTERRUPTED, so {@link #resumable()} lists everything that can be continued.
 */
public final class CaseJobs {
    private static final String COLUMNS =
            "SELECT id, kind, params, state, done, total, cursor, error, created_ms, updated_ms FROM jobs";
    private final CaseStore store;

    public CaseJobs(CaseStore store) {
        this.store = store;
    }

    /** Saves a new PENDING job; {@code params} must be a JSON text. */
    public CaseJob create(String kind, String params) {
        long now = System.currentTimeMillis();
        long id = store.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO jobs (kind, params, state, created_ms, "
                    + "updated_ms) VALUES (?, ?, 'PENDING', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind);
                insert.setString(2, params);
                insert.setLong(3, now);
                insert.setLong(4, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return require(id);
    }

    public Optional<CaseJob> find(long id) {
        List<CaseJob> found = query(" WHERE id = " + id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    public CaseJob require(long id) {
        return find(id).orElseThrow(() -> new CaseStoreException(INVALID_INPUT,
                "Case " + store.info().folder() + " has no job " + id));
    }

    /** All jobs, newest first. */
    public List<CaseJob> all() {
        return query(" ORDER BY id DESC");
    }

    /** Jobs that can be continued (pending, cancelled, interrupted), oldest first. */
    public List<CaseJob> resumable() {
        return query(" WHERE state IN ('PENDING', 'CANCELLED', 'INTERRUPTED') ORDER BY id");
    }

    public List<JobEvent> events(long jobId) {
        return store.read(c -> {
            List<JobEvent> events = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT id, level, message, created_ms FROM job_events WHERE job_id = ? ORDER BY id")) {
                query.setLong(1, jobId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(new JobEvent(rows.getLong(1), jobId, JobEvent.Level.valueOf(rows.getString(2)),
                                rows.getString(3), Instant.ofEpochMilli(rows.getLong(4))));
                    }
                }
            }
            return events;
        });
    }

    /** Marks a resumable job RUNNING; refuses one that is running or finished for good. */
    public CaseJob markRunning(long id) {
        int changed = setState(id, CaseJobState.RUNNING, null,
                "state IN ('PENDING', 'CANCELLED', 'INTERRUPTED')");
        if (changed == 0) {
            throw new CaseStoreException(INVALID_INPUT, "Job " + id + " cannot be started: it is "
                    + require(id).state());
        }
        return require(id);
    }

    /** Saves the checkpoint inside the caller's transaction, so it commits with the job's writes. */
    public static void checkpoint(Connection c, long jobId, Checkpoint checkpoint) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE jobs SET cursor = ?, done = ?, total = ?, updated_ms = ? WHERE id = ?")) {
            update.setString(1, checkpoint.cursor());
            update.setLong(2, checkpoint.done());
            update.setLong(3, checkpoint.total());
            update.setLong(4, System.currentTimeMillis());
            update.setLong(5, jobId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("job " + jobId + " does not exist");
            }
        }
    }

    /** Records an event inside the caller's transaction. */
    public static void addEvent(Connection c, long jobId, JobEvent.Level level, String message) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO job_events (job_id, level, message, created_ms) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, jobId);
            insert.setString(2, level.name());
            insert.setString(3, message);
            insert.setLong(4, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    public void finish(long id) {
        setState(id, CaseJobState.SUCCEEDED, null, "1 = 1");
    }

    public void fail(long id, String error) {
        store.inTransaction(c -> {
            setState(id, CaseJobState.FAILED, error, "1 = 1");
            addEvent(c, id, JobEvent.Level.ERROR, error);
            return null;
        });
    }

    /** Stops a job so it can be resumed later; what it committed is kept. */
    public void cancel(long id) {
        setState(id, CaseJobState.CANCELLED, null, "state <> 'SUCCEEDED'");
    }

    private int setState(long id, CaseJobState state, String error, String condition) {
        return store.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE jobs SET state = ?, error = ?, "
                    + "updated_ms = ? WHERE id = ? AND " + condition)) {
                update.setString(1, state.name());
                update.setString(2, error);
                update.setLong(3, System.currentTimeMillis());
                update.setLong(4, id);
                return update.executeUpdate();
            }
        });
    }

    private List<CaseJob> query(String where) {
        return store.read(c -> {
            List<CaseJob> jobs = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(COLUMNS + where)) {
                while (rows.next()) {
                    jobs.add(new CaseJob(rows.getLong(1), rows.getString(2), rows.getString(3),
                            CaseJobState.valueOf(rows.getString(4)), rows.getLong(5), rows.getLong(6),
                            rows.getString(7), rows.getString(8), Instant.ofEpochMilli(rows.getLong(9)),
                            Instant.ofEpochMilli(rows.getLong(10))));
                }
            }
            return jobs;
        });
    }
}
