package org.sightline.core.search;

import java.nio.file.Path;

/** Opens an approximate (graph) index kept in a folder; implemented by an engine, e.g. Lucene HNSW. */
public interface ApproximateIndexFactory {

    /**
     * Opens the index in {@code folder}, creating an empty one if the folder is empty or absent.
     * @throws CorruptIndexException naming the folder when what is there cannot be read
     * @throws IndexMismatchException when it holds another model's vectors
     */
    VectorIndex open(Path folder, IndexSpec spec);
}
