package org.sightline.core.tuning.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.schema.ClasspathMigrations;
import org.sightline.core.cases.schema.Migrator;
import org.sightline.core.cases.schema.NewerSchemaException;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database a command-line tuning run keeps beside its output ({@code <pack>.tuning.db}):
 * the run's {@link TuningRunSpec} and, after each finished epoch, its {@link TuningCheckpoint} in the
 * same {@code tuning_checkpoints} table and layout as a case. Deleted once the pack is written; a
 * cancelled or killed run leaves it for {@code --resume}.
 */
public final class TuningRunDatabase implements AutoCloseable {

    private static final long RUN = 1;
    private static final ClasspathMigrations SCHEMA = new ClasspathMigrations(TuningRunDatabase.class,
            "/org/sightline/core/tuning/resume/rundb/", List.of("V1__tuning_run.sql"));

    private final Path file;
    private final Connection connection;

    private TuningRunDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Where the run database of a run writing {@code pack} lives. */
    public static Path beside(Path pack) {
        return pack.resolveSibling(pack.getFileName() + ".tuning.db");
    }

    /** Starts a run database for {@code spec}; refuses when one is already there (an unfinished run). */
    public static TuningRunDatabase create(Path file, TuningRunSpec spec) throws IOException {
        requireNone(file);
        TuningRunDatabase db = connect(file);
        try (PreparedStatement insert = db.connection.prepareStatement(
                "INSERT INTO tuning_run (id, spec, created_ms) VALUES (?, ?, ?)")) {
            insert.setLong(1, RUN);
            insert.setString(2, spec.toJson());
            insert.setLong(3, System.currentTimeMillis());
            insert.executeUpdate();
        } catch (SQLException e) {
            db.close();
            throw new IOException("Cannot write the tuning run database " + file + ": " + e.getMessage(), e);
        }
        return db;
    }

    /** Refuses to start over a saved unfinished run. */
    public static void requireNone(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new IOException("An unfinished tuning run is saved in " + file + ": continue it with --resume, or delete "
                    + "that file to start over");
        }
    }

    /** Opens the run database of an unfinished run; says so clearly when there is none. */
    public static TuningRunDatabase open(Path file) throws IOException, TuningResumeException {
        if (!Files.isRegularFile(file)) {
            throw new TuningResumeException("Nothing to resume: no unfinished tuning run is saved in " + file
                    + " (a run keeps it beside its --out file until the pack is written). Run without --resume to start one.");
        }
        return connect(file);
    }

    public TuningRunSpec spec() throws IOException {
        try (PreparedStatement query = connection.prepareStatement("SELECT spec FROM tuning_run WHERE id = ?")) {
            query.setLong(1, RUN);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IOException(file + " holds no tuning run (its tuning_run row is missing)");
                }
                return TuningRunSpec.fromJson(row.getString(1), file.toString());
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the tuning run database " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<TuningCheckpoint> checkpoint() throws IOException {
        try {
            return TuningCheckpoints.load(connection, RUN, file.toString());
        } catch (SQLException e) {
            throw new IOException("Cannot read the tuning run database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Saves the checkpoint of a finished epoch (one transaction, fsynced). */
    public void save(TuningCheckpoint checkpoint) {
        try {
            connection.setAutoCommit(false);
            try {
                TuningCheckpoints.save(connection, RUN, checkpoint);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot save the epoch " + checkpoint.epochsDone() + " checkpoint in " + file
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to save: each checkpoint was committed when it was written
        }
    }

    /** Removes the run database (after the pack was written). */
    public static void delete(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static TuningRunDatabase connect(Path file) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            new Migrator(SCHEMA).migrate(connection);
            return new TuningRunDatabase(file, connection);
        } catch (SQLException | NewerSchemaException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // reporting the first failure
                }
            }
            throw new IOException(file + " is not a usable tuning run database: " + e.getMessage(), e);
        }
    }
}
