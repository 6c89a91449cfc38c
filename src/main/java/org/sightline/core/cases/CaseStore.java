package org.sightline.core.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open case: a folder holding an embedded database (sources, frames, detections, embeddings,
 * attribute predictions, label corrections, jobs) and the crop thumbnails beside it.
 * Every write is one transaction; what was committed survives a killed process.
 * Safe to use from several threads: database access is serialized on the case's one connection.
 */
public interface CaseStore extends AutoCloseable {

    CaseInfo info();

    List<Source> sources();

    Optional<Source> source(long sourceId);

    /** Registers a source labelled with its file name; the path must not already be in the case. */
    Source addSource(SourceKind kind, Path path);

    Source addSource(SourceKind kind, Path path, String label);

    void renameSource(long sourceId, String label);

    /** Removes the source and everything derived from it (frames, detections, tracks...). */
    void removeSource(long sourceId);

    /** Folder beside the database where crop thumbnails are written. */
    Path thumbnailsDir();

    /** Subfolder of {@link #thumbnailsDir()} for one source's thumbnails; removed with the source. */
    Path sourceThumbnailsDir(long sourceId);

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back when it throws.
     * Nested calls on the same thread join the outer transaction.
     */
    <T> T inTransaction(SqlWork<T> work);

    /** Runs read-only {@code work} on the case's connection. */
    <T> T read(SqlWork<T> work);

    /** SQLite's {@code PRAGMA integrity_check}: "ok" or the problems found. */
    String integrityCheck();

    @Override
    void close();
}
