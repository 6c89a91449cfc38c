package org.sightline.core.search;

import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.vl.ModelIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index a case searches with, kept in one folder per model ({@code <case>/index/<model>-<sha8>/}):
 * exact while the collection is small, approximate once {@link VectorIndexPolicy} says so. The
 * approximate index is built by a background job from the {@link VectorSource} while the exact one
 * keeps answering; changes made meanwhile are replayed into it before it takes over. A damaged or
 * stale index is rebuilt from the source, and why is kept in {@link #notices()}.
 */
public final class ManagedVectorIndex implements VectorIndex {
    static final String APPROXIMATE_DIR = "hnsw";
    static final String BUILDING_DIR = "hnsw.building";

    private final Path folder;
    private final VectorSource source;
    private final VectorIndexPolicy policy;
    private final ApproximateIndexFactory factory;
    private final JobRunner runner;
    private final List<String> notices = new ArrayList<>();
    private final Object lock = new Object();
    private volatile VectorIndex active;
    private Map<Long, float[]> journal;
    private JobHandle<Void> build;
    private boolean buildRunning;
    private boolean closed;

    private ManagedVectorIndex(Path folder, VectorSource source, VectorIndexPolicy policy,
                               ApproximateIndexFactory factory, JobRunner runner) {
        this.folder = folder;
        this.source = source;
        this.policy = policy;
        this.factory = factory;
        this.runner = runner;
    }

    /**
     * Opens the index in {@code folder}; one that lags behind {@code source} (vectors added or
     * removed since) is brought up to date incrementally ({@link #catchUp}), a damaged one or one of
     * another model is rebuilt from the source. May read every source vector, so call it from a job;
     * starts the approximate build on {@code runner} when due.
     */
    public static ManagedVectorIndex open(Path folder, VectorSource source, VectorIndexPolicy policy,
                                          ApproximateIndexFactory factory, JobRunner runner, JobContext context) {
        ManagedVectorIndex managed = new ManagedVectorIndex(folder, source, policy, factory, runner);
        managed.active = managed.openExisting(context);
        if (managed.active.size() != source.count()) {
            managed.catchUpOrRebuild(context);
        }
        if (!managed.isApproximate() && policy.wantsApproximate(managed.active.size())) {
            managed.startBuild();
        }
        return managed;
    }

    private VectorIndex openExisting(JobContext context) {
        IndexSpec spec = source.spec();
        Folders.deleteRecursively(folder.resolve(BUILDING_DIR));
        Path approximateDir = folder.resolve(APPROXIMATE_DIR);
        if (Files.isDirectory(approximateDir)) {
            try {
                return factory.open(approximateDir, spec);
            } catch (CorruptIndexException | IndexMismatchException e) {
                notices.add(e.getMessage() + ": rebuilding it");
            }
            Folders.deleteRecursively(approximateDir);
        }
        Path exactFile = folder.resolve(ExactVectorIndex.FILE_NAME);
        try {
            return ExactVectorIndex.open(exactFile, spec);
        } catch (CorruptIndexException | IndexMismatchException e) {
            notices.add(e.getMessage() + ": rebuilt it");
        }
        return rebuildExact(context);
    }

    private ExactVectorIndex rebuildExact(JobContext context) {
        Path exactFile = folder.resolve(ExactVectorIndex.FILE_NAME);
        try {
            Files.deleteIfExists(exactFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + exactFile + ": " + e.getMessage(), e);
        }
        ExactVectorIndex rebuilt = ExactVectorIndex.open(exactFile, source.spec());
        fill(rebuilt, context);
        rebuilt.commit();
        return rebuilt;
    }

    /** Catches up on open; an index that turns out damaged while doing so is rebuilt as an exact one. */
    private void catchUpOrRebuild(JobContext context) {
        try {
            catchUp(context);
        } catch (CorruptIndexException e) {
            notices.add(e.getMessage() + ": rebuilt it");
            active.close();
            Folders.deleteRecursively(folder.resolve(APPROXIMATE_DIR));
            active = rebuildExact(context);
        }
    }

    /**
     * Brings the index up to date with its source without rebuilding it: adds the vectors of ids the
     * index lacks, removes ids the source no longer has, and commits. Cheap next to a rebuild (it
     * reads the ids of both, and only the new vectors), and works on the approximate index as on the
     * exact one. Returns how many ids were added and removed.
     */
    public long catchUp(JobContext context) {
        long[] wanted = SortedIds.of(source.ids(context));
        long[] held = SortedIds.of(active.ids());
        long[] missing = SortedIds.without(wanted, held);
        long[] stale = SortedIds.without(held, wanted);
        for (long id : stale) {
            remove(id);
        }
        fill(missing, context);
        commit();
        return missing.length + (long) stale.length;
    }

    private void fill(long[] sortedIds, JobContext context) {
        if (sortedIds.length == 0) {
            return;
        }
        int batch = policy.buildBatch();
        List<Long> ids = new ArrayList<>(batch);
        List<float[]> vectors = new ArrayList<>(batch);
        ModelIdentity model = source.spec().model();
        Runnable flush = () -> {
            addAll(model, ids.stream().mapToLong(Long::longValue).toArray(), vectors.toArray(float[][]::new));
            ids.clear();
            vectors.clear();
        };
        source.forEach(sortedIds, (id, vector) -> {
            ids.add(id);
            vectors.add(vector);
            if (ids.size() == batch) {
                flush.run();
            }
        }, context);
        if (!ids.isEmpty()) {
            flush.run();
        }
    }

    private void fill(VectorIndex index, JobContext context) {
        int batch = policy.buildBatch();
        long[] ids = new long[batch];
        float[][] vectors = new float[batch][];
        int[] size = {0};
        ModelIdentity model = source.spec().model();
        source.forEach((id, vector) -> {
            ids[size[0]] = id;
            vectors[size[0]++] = vector;
            if (size[0] == batch) {
                context.throwIfCancelled();
                index.addAll(model, ids, vectors);
                size[0] = 0;
            }
        }, context);
        if (size[0] > 0) {
            context.throwIfCancelled();
            index.addAll(model, java.util.Arrays.copyOf(ids, size[0]), java.util.Arrays.copyOf(vectors, size[0]));
        }
    }

    /** Why an index was rebuilt when it was opened (damaged, stale), for the user to see. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    public boolean isApproximate() {
        return !(active instanceof ExactVectorIndex);
    }

    /** The background build of the approximate index, while one is running. */
    public Optional<JobHandle<Void>> build() {
        synchronized (lock) {
            return Optional.ofNullable(build);
        }
    }

    private void startBuild() {
        synchronized (lock) {
            if (build != null || closed) {
                return;
            }
            journal = new LinkedHashMap<>();
            build = runner.submit("Building search index for " + source.spec().model().modelId(), this::buildApproximate);
        }
    }

    /**
     * The build job. {@link #close()} waits while {@link #buildRunning} is set, so the building index
     * is closed and its folder cleaned up before close returns; a build that starts after close does nothing.
     */
    private Void buildApproximate(JobContext context) throws IOException {
        synchronized (lock) {
            if (closed) {
                journal = null;
                build = null;
                return null;
            }
            buildRunning = true;
        }
        try {
            return buildAndSwitch(context);
        } finally {
            synchronized (lock) {
                buildRunning = false;
                lock.notifyAll();
            }
        }
    }

    private Void buildAndSwitch(JobContext context) throws IOException {
        IndexSpec spec = source.spec();
        Path building = folder.resolve(BUILDING_DIR);
        try {
            Folders.deleteRecursively(building);
            try (VectorIndex fresh = factory.open(building, spec)) {
                fill(fresh, context);
                context.progress(-1, -1, "writing index");
                fresh.commit();
            }
        } catch (Throwable failure) {
            synchronized (lock) {
                journal = null;
                build = null;
            }
            Folders.deleteRecursively(building);
            throw failure;
        }
        synchronized (lock) {
            build = null;
            Path approximateDir = folder.resolve(APPROXIMATE_DIR);
            if (closed) {
                journal = null;
                Folders.deleteRecursively(building);
                return null;
            }
            Files.move(building, approximateDir, StandardCopyOption.ATOMIC_MOVE);
            VectorIndex approximate = factory.open(approximateDir, spec);
            for (Map.Entry<Long, float[]> change : journal.entrySet()) {
                if (change.getValue() == null) {
                    approximate.remove(change.getKey());
                } else {
                    approximate.add(spec.model(), change.getKey(), change.getValue());
                }
            }
            approximate.commit();
            journal = null;
            VectorIndex previous = active;
            active = approximate;
            previous.close();
            Files.deleteIfExists(folder.resolve(ExactVectorIndex.FILE_NAME));
        }
        return null;
    }

    @Override
    public IndexSpec spec() {
        return source.spec();
    }

    @Override
    public long size() {
        return active.size();
    }

    @Override
    public long[] ids() {
        return active.ids();
    }

    @Override
    public void add(ModelIdentity model, long id, float[] vector) {
        synchronized (lock) {
            active.add(model, id, vector);
            if (journal != null) {
                journal.put(id, vector.clone());
            }
        }
        startBuildIfDue();
    }

    @Override
    public void addAll(ModelIdentity model, long[] ids, float[][] vectors) {
        synchronized (lock) {
            active.addAll(model, ids, vectors);
            if (journal != null) {
                for (int i = 0; i < ids.length; i++) {
                    journal.put(ids[i], vectors[i].clone());
                }
            }
        }
        startBuildIfDue();
    }

    private void startBuildIfDue() {
        if (!isApproximate() && policy.wantsApproximate(active.size())) {
            startBuild();
        }
    }

    @Override
    public boolean remove(long id) {
        synchronized (lock) {
            boolean removed = active.remove(id);
            if (journal != null) {
                journal.put(id, null);
            }
            return removed;
        }
    }

    @Override
    public List<ScoredId> search(ModelIdentity model, float[] query, int k) {
        return active.search(model, query, k);
    }

    @Override
    public void commit() {
        synchronized (lock) {
            active.commit();
        }
    }

    /**
     * Cancels a running approximate build and waits until it has stopped (its index closed, its
     * folder removed) before closing the active index, so nothing writes into this folder afterwards.
     */
    @Override
    public void close() {
        boolean interrupted = false;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (build != null) {
                build.cancel();
            }
            while (buildRunning) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            active.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
