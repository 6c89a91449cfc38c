package org.sightline.core.search;

import org.sightline.core.vl.ModelIdentity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Brute-force search: every query is scored against every vector, so results are exact and cost
 * grows linearly with the collection (see BENCHMARKS for where the approximate index takes over).
 * Held in memory; persisted, when given a file, as one {@link VectorFile} rewritten whole on commit.
 * The case database stays the source of truth: a damaged file can be rebuilt from its embeddings.
 */
public final class ExactVectorIndex implements VectorIndex {
    /** File name of the exact index inside an index folder. */
    public static final String FILE_NAME = "exact.vec";

    private final IndexSpec spec;
    private final Path file;
    private final RowMatrix matrix;
    private final List<Long> ids = new ArrayList<>();
    private final Map<Long, Integer> rowOfId = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean dirty;

    private ExactVectorIndex(IndexSpec spec, Path file) {
        this.spec = spec;
        this.file = file;
        this.matrix = new RowMatrix(spec.dimension());
    }

    /** An index that lives only in memory; {@link #commit()} does nothing. */
    public static ExactVectorIndex inMemory(IndexSpec spec) {
        return new ExactVectorIndex(spec, null);
    }

    /**
     * Opens the index stored in {@code file}, or an empty one that will be written there.
     * @throws CorruptIndexException when the file is damaged (naming it)
     * @throws IndexMismatchException when it holds another model's vectors
     */
    public static ExactVectorIndex open(Path file, IndexSpec spec) {
        ExactVectorIndex index = new ExactVectorIndex(spec, file);
        if (Files.exists(file)) {
            VectorFile.read(file, spec, index::put);
        }
        return index;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public long size() {
        lock.readLock().lock();
        try {
            return ids.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long[] ids() {
        lock.readLock().lock();
        try {
            return ids.stream().mapToLong(Long::longValue).toArray();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void add(ModelIdentity model, long id, float[] vector) {
        spec.require(model, vector, "Vector for id " + id);
        lock.writeLock().lock();
        try {
            put(id, vector);
            dirty = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void addAll(ModelIdentity model, long[] batchIds, float[][] vectors) {
        if (batchIds.length != vectors.length) {
            throw new IllegalArgumentException(batchIds.length + " ids but " + vectors.length + " vectors");
        }
        spec.requireModel(model, "Batch of " + batchIds.length + " vectors");
        for (int i = 0; i < vectors.length; i++) {
            spec.requireDimension(vectors[i], "Vector for id " + batchIds[i] + " (batch position " + i + ")");
        }
        lock.writeLock().lock();
        try {
            for (int i = 0; i < vectors.length; i++) {
                put(batchIds[i], vectors[i]);
            }
            dirty = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void put(long id, float[] vector) {
        Integer row = rowOfId.get(id);
        if (row != null) {
            matrix.set(row, vector);
        } else {
            rowOfId.put(id, matrix.append(vector));
            ids.add(id);
        }
    }

    @Override
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            Integer row = rowOfId.remove(id);
            if (row == null) {
                return false;
            }
            int moved = matrix.removeBySwappingLast(row);
            long movedId = ids.removeLast();
            if (moved != row) {
                ids.set(row, movedId);
                rowOfId.put(movedId, row);
            }
            dirty = true;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<ScoredId> search(ModelIdentity model, float[] query, int k) {
        spec.require(model, query, "Query");
        TopK top = new TopK(k);
        float[] scores = new float[RowMatrix.BLOCK];
        lock.readLock().lock();
        try {
            int rows = matrix.rows();
            for (int b = 0; b < matrix.blockCount(); b++) {
                matrix.scoreBlock(b, query, scores);
                int base = b * RowMatrix.BLOCK;
                int end = Math.min(RowMatrix.BLOCK, rows - base);
                float threshold = top.threshold();
                for (int r = 0; r < end; r++) {
                    if (scores[r] > threshold) {
                        top.offer(ids.get(base + r), scores[r]);
                        threshold = top.threshold();
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return top.sorted();
    }

    /** Every (id, vector) pair, in storage order; used to build another index from this one. */
    public void forEach(VectorSink sink) {
        lock.readLock().lock();
        try {
            for (int row = 0; row < ids.size(); row++) {
                sink.accept(ids.get(row), matrix.get(row));
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void commit() {
        if (file == null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (!dirty && Files.exists(file)) {
                return;
            }
            VectorFile.write(file, spec, new VectorFile.Rows() {
                @Override
                public int count() {
                    return ids.size();
                }

                @Override
                public long id(int row) {
                    return ids.get(row);
                }

                @Override
                public float[] vector(int row) {
                    return matrix.get(row);
                }
            });
            dirty = false;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
    }
}
