package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseInfo;
import org.sightline.core.cases.SqlWork;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;

/** A case held in memory, for UI tests. */
public final class InMemoryCaseStore implements CaseStore {
    private final CaseInfo info;
    private final List<Source> sources = new ArrayList<>();
    private long nextId = 1;
    private volatile boolean closed;

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
    public <T> T inTransaction(SqlWork<T> work) {
        throw new UnsupportedOperationException("the in-memory case used by UI tests has no database");
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        throw new UnsupportedOperationException("the in-memory case used by UI tests has no database");
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
