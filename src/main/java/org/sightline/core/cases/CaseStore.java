package org.sightline.core.cases;

import java.nio.file.Path;
import java.util.List;

/**
 * An open case: a folder holding an embedded database (sources, frames, detections, embeddings,
 * attribute predictions, label corrections, jobs) and the crop thumbnails beside it.
 * Every write is one transaction; what was committed survives a killed process.
 */
public interface CaseStore extends AutoCloseable {

    CaseInfo info();

    List<Source> sources();

    Source addSource(SourceKind kind, Path path);

    void removeSource(long sourceId);

    /** Folder beside the database where crop thumbnails are written. */
    Path thumbnailsDir();

    @Override
    void close();
}
