package org.sightline.core.search;

import org.sightline.core.vl.ModelIdentity;

import java.util.List;

/**
 * Detection ids with L2-normalised embeddings of one model, searchable by cosine similarity
 * (a dot product). Every call names the model its vectors came from, and the index refuses any
 * other model or vector size with an {@link IndexMismatchException}. Adding an id that is already
 * there replaces its vector. Changes are visible to searches at once and durable after
 * {@link #commit()}. Implementations are safe for concurrent searches; writes are serialized.
 */
public interface VectorIndex extends AutoCloseable {

    IndexSpec spec();

    default ModelIdentity model() {
        return spec().model();
    }

    default int dimension() {
        return spec().dimension();
    }

    long size();

    /** Every id in the index, in no particular order. */
    long[] ids();

    void add(ModelIdentity model, long id, float[] vector);

    /** Adds {@code ids[i]} with {@code vectors[i]}; all vectors are checked before any is added. */
    void addAll(ModelIdentity model, long[] ids, float[][] vectors);

    /** Removes the id; returns whether it was there. */
    boolean remove(long id);

    /** The {@code k} ids most similar to {@code query}, best first (fewer if the index is smaller). */
    List<ScoredId> search(ModelIdentity model, float[] query, int k);

    /** Makes every change so far durable on disk. */
    void commit();

    @Override
    void close();
}
