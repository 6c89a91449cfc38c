package org.sightline.engine.lucene;

import org.sightline.core.search.ApproximateIndexFactory;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.VectorIndex;

import java.nio.file.Path;

/** Lucene HNSW indexes for {@link org.sightline.core.search.ManagedVectorIndex}. */
public record HnswIndexFactory(HnswParameters parameters) implements ApproximateIndexFactory {

    public HnswIndexFactory() {
        this(HnswParameters.DEFAULT);
    }

    @Override
    public VectorIndex open(Path folder, IndexSpec spec) {
        return HnswVectorIndex.open(folder, spec, parameters);
    }
}
