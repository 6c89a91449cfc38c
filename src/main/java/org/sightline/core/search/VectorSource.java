package org.sightline.core.search;

import org.sightline.core.jobs.JobContext;

import java.util.Arrays;

/** Where an index's vectors come from and can be rebuilt from: in the app, the case's embeddings table. */
public interface VectorSource {

    IndexSpec spec();

    long count();

    /** Streams every (id, vector) pair; checks {@code context} for cancellation as it goes. */
    void forEach(VectorSink sink, JobContext context);

    /** Every id in the source, in no particular order. This default reads every vector; sources should do better. */
    default long[] ids(JobContext context) {
        long[] ids = new long[Math.toIntExact(count())];
        int[] n = {0};
        forEach((id, vector) -> {
            if (n[0] == ids.length) {
                throw new IllegalStateException("Vector source of " + spec().model().modelId() + " grew while its ids were read");
            }
            ids[n[0]++] = id;
        }, context);
        return Arrays.copyOf(ids, n[0]);
    }

    /** Streams the pairs of the ids in {@code sortedIds} (ascending) that the source holds. */
    default void forEach(long[] sortedIds, VectorSink sink, JobContext context) {
        forEach((id, vector) -> {
            if (Arrays.binarySearch(sortedIds, id) >= 0) {
                sink.accept(id, vector);
            }
        }, context);
    }
}
