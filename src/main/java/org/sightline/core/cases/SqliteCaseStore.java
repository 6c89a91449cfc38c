package org.sightline.core.cases;

import static org.sightline.core.cases.CaseStoreException.Reason.STORAGE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A case backed by one SQLite connection. Access is serialized by a lock, so the UI thread and job
 * threads can share the store; jobs keep transactions short by preparing work before they commit.
 */
public final class SqliteCaseStore implements CaseStore {
    private final CaseInfo info;
    private final Path thumbnailsDir;
    private final Connection connection;
    private final CaseLock caseLock;
    private final ReentrantLock lock = new ReentrantLock();
    private final SourceRows sources;
    private boolean inTransaction;
    private boolean closed;

    SqliteCaseStore(CaseInfo info, Path thumbnailsDir, Connection connection, CaseLock caseLock) {
        this.info = info;
        this.thumbnailsDir = thumbnailsDir;
        this.connection = connection;
        this.caseLock = caseLock;
        this.sources = new SourceRows(this);
    }

    @Override
    public CaseInfo info() {
        return info;
    }

    @Override
    public List<Source> sources() {
        return sources.all();
    }

    @Override
    public Optional<Source> source(long sourceId) {
        return sources.find(sourceId);
    }

    @Override
    public Source addSource(SourceKind kind, Path path) {
        Path name = path.getFileName();
        return addSource(kind, path, name != null ? name.toString() : path.toString());
    }

    @Override
    public Source addSource(SourceKind kind, Path path, String label) {
        return sources.add(kind, path, label);
    }

    @Override
    public void renameSource(long sourceId, String label) {
        sources.rename(sourceId, label);
    }

    @Override
    public void removeSource(long sourceId) {
        sources.remove(sourceId);
        Thumbnails.deleteFolder(sourceThumbnailsDir(sourceId));
    }

    @Override
    public Path sourceThumbnailsDir(long sourceId) {
        return thumbnailsDir.resolve("source-" + sourceId);
    }

    @Override
    public Path thumbnailsDir() {
        return thumbnailsDir;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (inTransaction) {
                return work.apply(connection);
            }
            return runTransaction(work);
        } catch (SQLException e) {
            throw storageError(e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T runTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        inTransaction = true;
        boolean committed = false;
        try {
            T result = work.apply(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            inTransaction = false;
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            return work.apply(connection);
        } catch (SQLException e) {
            throw storageError(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String integrityCheck() {
        return read(c -> {
            StringBuilder problems = new StringBuilder();
            try (Statement statement = c.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    problems.append(problems.isEmpty() ? "" : "\n").append(rows.getString(1));
                }
            }
            return problems.toString();
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw storageError(e);
        } finally {
            caseLock.close();
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("Case " + info.folder() + " is closed");
        }
    }

    private CaseStoreException storageError(SQLException e) {
        return new CaseStoreException(STORAGE, "Database error in case " + info.folder() + ": " + e.getMessage(), e);
    }
}
