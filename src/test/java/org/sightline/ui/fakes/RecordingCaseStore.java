package org.sightline.ui.fakes;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.sightline.core.cases.CaseInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.SqlWork;

/**
 * A real case store, wrapped for closing tests: {@link #close()} first runs a hook (to record what was
 * still running at that moment) and then counts {@link #closed()} down; and the next write from a chosen
 * thread can be held at its start ({@link #holdNextWrite}) until the test releases it.
 */
public final class RecordingCaseStore implements CaseStore {
    private final CaseStore store;
    private final Runnable beforeClose;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicReference<Gate> gate = new AtomicReference<>();

    /** A write held at its start: {@link #reached} once it is, let go by {@link #release}. */
    public static final class Gate {
        private final String threadPrefix;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Gate(String threadPrefix) {
            this.threadPrefix = threadPrefix;
        }

        /** Waits until a write reached the gate; fails after 10 s. */
        public void awaitReached() throws InterruptedException {
            if (!reached.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no write from a thread named " + threadPrefix + "* reached the gate");
            }
        }

        public void release() {
            released.countDown();
        }
    }

    public RecordingCaseStore(CaseStore store, Runnable beforeClose) {
        this.store = store;
        this.beforeClose = beforeClose;
    }

    /** The next {@link #inTransaction} called on a thread whose name starts with {@code threadPrefix} waits at its start. */
    public Gate holdNextWrite(String threadPrefix) {
        Gate next = new Gate(threadPrefix);
        gate.set(next);
        return next;
    }

    public boolean isClosed() {
        return closed.getCount() == 0;
    }

    /** Waits for the close; fails after 10 s. */
    public void awaitClosed() throws InterruptedException {
        if (!closed.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("case " + store.info().folder() + " was not closed");
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Gate armed = gate.get();
        if (armed != null && Thread.currentThread().getName().startsWith(armed.threadPrefix)
                && gate.compareAndSet(armed, null)) {
            armed.reached.countDown();
            try {
                if (!armed.released.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never released the held write");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held", e);
            }
        }
        return store.inTransaction(work);
    }

    @Override
    public void close() {
        if (!isClosed()) {
            beforeClose.run();
        }
        store.close();
        closed.countDown();
    }

    @Override
    public CaseInfo info() {
        return store.info();
    }

    @Override
    public List<Source> sources() {
        return store.sources();
    }

    @Override
    public Optional<Source> source(long sourceId) {
        return store.source(sourceId);
    }

    @Override
    public Source addSource(SourceKind kind, Path path) {
        return store.addSource(kind, path);
    }

    @Override
    public Source addSource(SourceKind kind, Path path, String label) {
        return store.addSource(kind, path, label);
    }

    @Override
    public void renameSource(long sourceId, String label) {
        store.renameSource(sourceId, label);
    }

    @Override
    public void removeSource(long sourceId) {
        store.removeSource(sourceId);
    }

    @Override
    public Path thumbnailsDir() {
        return store.thumbnailsDir();
    }

    @Override
    public Path sourceThumbnailsDir(long sourceId) {
        return store.sourceThumbnailsDir(sourceId);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return store.read(work);
    }

    @Override
    public String integrityCheck() {
        return store.integrityCheck();
    }
}
