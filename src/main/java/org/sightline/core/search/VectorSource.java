package org.sightline.core.search;

import org.sightline.core.jobs.JobContext;

/** Where an index's vectors come from and can be rebuilt from: in the app, the case's embeddings table. */
public interface VectorSource {

    IndexSpec spec();

    long count();

    /** Streams every (id, vector) pair; checks {@code context} for cancellation as it goes. */
    void forEach(VectorSink sink, JobContext context);
}
