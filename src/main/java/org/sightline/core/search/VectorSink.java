package org.sightline.core.search;

/** Receives (id, vector) pairs streamed from an index or a vector source. */
@FunctionalInterface
public interface VectorSink {
    void accept(long id, float[] vector);
}
