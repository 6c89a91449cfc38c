package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseInfo;
import org.sightline.core.cases.SqlWork;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.schema.ClasspathMigrations;
import org.sightline.core.cases.schema.Migrator;
import org.sightline.core.cases.schema.NewerSchemaException;

/** A case held in memory, for UI tests. */
public final class InMemoryCaseStore implements CaseStore {
    private final CaseInfo info;
    private final List<Source> sources = new ArrayList<>();
    private long nextId = 1;
    private volatile boolean closed;
    private Connection database;

    public InMemoryCaseStore(Path folder, String name) {
        this.info = new CaseInfo(folder, name, Instant.parse("2025-01-01T00:00:00Z"), 1);
    }

    @Override
    public CaseInfo info() {
        return info;
    }

    @Override
    public synchronized List<Source> sources() {
        requireOpen();
        return List.copyOf(sources);
    }

    @Override
    public synchronized Optional<Source> source(long sourceId) {
        return sources.stream().filter(source -> source.id() == sourceId).findFirst();
    }

    @Override
    public Source addSource(SourceKind kind, Path path) {
        return addSource(kind, path, path.getFileName().toString());
    }

    @Override
    public synchronized Source addSource(SourceKind kind, Path path, String label) {
        requireOpen();
        if (sources.stream().anyMatch(source -> source.path().equals(path))) {
            throw new IllegalArgumentException("Source already in case " + info.folder() + ": " + path);
        }
        Source source = new Source(nextId++, kind, path, label, Instant.now());
        sources.add(source);
        return source;
    }

    @Override
    public synchronized void removeSource(long sourceId) {
        requireOpen();
        sources.removeIf(source -> source.id() == sourceId);
    }

    @Override
    public synchronized void renameSource(long sourceId, String label) {
        sources.replaceAll(source -> source.id() == sourceId
                ? new Source(source.id(), source.kind(), source.path(), label, source.added()) : source);
    }

    @Override
    public Path thumbnailsDir() {
        return info.folder().resolve("thumbnails");
    }

    @Override
    public Path sourceThumbnailsDir(long sourceId) {
        return thumbnailsDir().resolve("source-" + sourceId);
    }

    @Override
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        Connection c = database();
        try {
            c.setAutoCommit(false);
            T result = work.apply(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw new IllegalStateException("in-memory case " + info.folder() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the original failure is what matters
        }
    }

    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.apply(database());
        } catch (SQLException e) {
            throw new IllegalStateException("in-memory case " + info.folder() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An empty in-memory database with the real case schema, so features that query the case (crop
     * grid, saved jobs) find nothing rather than fail. Sources live in the list above, not in it.
     */
    private Connection database() {
        requireOpen();
        if (database == null) {
            try {
                database = DriverManager.getConnection("jdbc:sqlite::memory:");
                new Migrator(ClasspathMigrations.builtIn()).migrate(database);
            } catch (SQLException | NewerSchemaException e) {
                throw new IllegalStateException("cannot create the in-memory case database: " + e.getMessage(), e);
            }
        }
        return database;
    }

    @Override
    public String integrityCheck() {
        return "ok";
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Reopening a fake case gives the same content, like the real store does from disk. */
    void reopen() {
        closed = false;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Case " + info.folder() + " is closed");
        }
    }
}
