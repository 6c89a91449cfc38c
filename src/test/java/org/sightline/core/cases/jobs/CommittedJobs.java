package org.sightline.core.cases.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/** For crash tests: what a child process has committed to a case database, read without locking it. */
public final class CommittedJobs {

    private CommittedJobs() {
    }

    /** The largest {@code done} of any job in {@code database}; 0 before the jobs table exists. */
    public static long maxDone(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);  // WAL readers rarely wait, but a loaded machine can stretch a moment
        try (Connection c = config.createConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(done), 0) FROM jobs")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0;
            }
            throw e;
        }
    }
}
