package org.sightline.core.search;

import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;
import org.sightline.core.jobs.JobContext;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The embeddings of one model stored in a case (table {@code embeddings}), as a {@link VectorSource}. */
public final class CaseEmbeddings implements VectorSource {
    private static final String WHERE = " FROM embeddings WHERE model_id = ? AND model_sha256 = ? AND dimension = ?";

    private static final int PAGE = 4096;
    /** Ids per IN list; well under SQLite's limit of bound parameters. */
    private static final int CHUNK = 500;

    private final CaseStore store;
    private final IndexSpec spec;

    public CaseEmbeddings(CaseStore store, IndexSpec spec) {
        this.store = store;
        this.spec = spec;
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public long count() {
        return store.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*)" + WHERE)) {
                bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    /**
     * Reads in pages by detection id, so the case's one connection is free between pages while the
     * sink (an index build) works.
     */
    @Override
    public void forEach(VectorSink sink, JobContext context) {
        long total = count();
        long done = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            context.throwIfCancelled();
            List<Long> ids = new ArrayList<>(PAGE);
            List<float[]> vectors = new ArrayList<>(PAGE);
            long from = after;
            store.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT detection_id, vector" + WHERE + " AND detection_id > ? ORDER BY detection_id LIMIT " + PAGE)) {
                    bind(statement);
                    statement.setLong(4, from);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            long id = rows.getLong(1);
                            ids.add(id);
                            vectors.add(decode(rows.getBytes(2), id));
                        }
                    }
                }
                return null;
            });
            for (int i = 0; i < ids.size(); i++) {
                sink.accept(ids.get(i), vectors.get(i));
            }
            done += ids.size();
            context.progress(done, Math.max(total, done), "reading embeddings");
            if (ids.size() < PAGE) {
                return;
            }
            after = ids.getLast();
        }
    }

    @Override
    public long[] ids(JobContext context) {
        context.throwIfCancelled();
        return store.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT detection_id" + WHERE)) {
                bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    long[] ids = new long[1024];
                    int n = 0;
                    while (rows.next()) {
                        if (n == ids.length) {
                            ids = java.util.Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = rows.getLong(1);
                    }
                    return java.util.Arrays.copyOf(ids, n);
                }
            }
        });
    }

    /** Reads the wanted ids in chunks (an SQL IN list each), not the whole table. */
    @Override
    public void forEach(long[] sortedIds, VectorSink sink, JobContext context) {
        for (int start = 0; start < sortedIds.length; start += CHUNK) {
            context.throwIfCancelled();
            long[] chunk = java.util.Arrays.copyOfRange(sortedIds, start, Math.min(sortedIds.length, start + CHUNK));
            List<Long> ids = new ArrayList<>(chunk.length);
            List<float[]> vectors = new ArrayList<>(chunk.length);
            store.read(connection -> {
                String marks = String.join(",", java.util.Collections.nCopies(chunk.length, "?"));
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT detection_id, vector" + WHERE + " AND detection_id IN (" + marks + ")")) {
                    bind(statement);
                    for (int i = 0; i < chunk.length; i++) {
                        statement.setLong(4 + i, chunk[i]);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            long id = rows.getLong(1);
                            ids.add(id);
                            vectors.add(decode(rows.getBytes(2), id));
                        }
                    }
                }
                return null;
            });
            for (int i = 0; i < ids.size(); i++) {
                sink.accept(ids.get(i), vectors.get(i));
            }
        }
    }

    private float[] decode(byte[] blob, long detectionId) {
        if (blob == null || blob.length != 4 * spec.dimension()) {
            throw new CaseStoreException(CaseStoreException.Reason.CORRUPT, "Embedding of detection " + detectionId + " by " + spec.model().modelId()
                    + " has " + (blob == null ? 0 : blob.length) + " bytes, expected " + 4 * spec.dimension());
        }
        float[] vector = new float[spec.dimension()];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private void bind(PreparedStatement statement) throws java.sql.SQLException {
        statement.setString(1, spec.model().modelId());
        statement.setString(2, spec.model().sha256());
        statement.setInt(3, spec.dimension());
    }
}
