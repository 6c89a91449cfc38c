package org.sightline.core.cases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * How a case database is connected to.
 * <p>WAL journal: readers (the UI) never block the writer (a job) and a killed writer loses only
 * its uncommitted transaction. {@code synchronous=FULL}: each commit is fsynced, so what the
 * investigator saw committed also survives a power cut; writes are batched, so the cost is small.
 */
final class CaseDatabase {
    static final int BUSY_TIMEOUT_MS = 10_000;

    private CaseDatabase() {
    }

    /** Opens an existing case database for reading and writing. */
    static Connection connect(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection(url(database));
    }

    /** Creates a new, empty database file marked as a Sightline case. */
    static Connection createNew(Path database) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setApplicationId(CaseFiles.APPLICATION_ID);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(database));
    }

    private static String url(Path database) {
        return "jdbc:sqlite:" + database.toAbsolutePath();
    }
}
