package org.sightline.engine.lucene;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.sightline.core.search.IndexMismatchException;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.vl.ModelIdentity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The model identity written into each Lucene commit, so an index is never searched with another model. */
final class IndexCommitData {
    private static final String MODEL_ID = "sightline.model_id";
    private static final String MODEL_SHA256 = "sightline.model_sha256";
    private static final String DIMENSION = "sightline.dimension";

    private IndexCommitData() {
    }

    static Map<String, String> of(IndexSpec spec) {
        return Map.of(MODEL_ID, spec.model().modelId(), MODEL_SHA256, spec.model().sha256(),
                DIMENSION, Integer.toString(spec.dimension()));
    }

    static void require(Directory directory, Path folder, IndexSpec expected) throws IOException {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String dimension = data.get(DIMENSION);
        if (data.get(MODEL_ID) == null || data.get(MODEL_SHA256) == null || dimension == null) {
            throw new org.sightline.core.search.CorruptIndexException(folder, "commit names no model", null);
        }
        IndexSpec found = new IndexSpec(new ModelIdentity(data.get(MODEL_ID), data.get(MODEL_SHA256)),
                Integer.parseInt(dimension));
        if (!found.equals(expected)) {
            throw new IndexMismatchException("Vector index " + folder + " holds " + found.dimension()
                    + "-dimensional vectors of model '" + found.model().modelId() + "' (sha256 " + found.model().sha256()
                    + "), not " + expected.dimension() + "-dimensional ones of '" + expected.model().modelId()
                    + "' (sha256 " + expected.model().sha256() + ")");
        }
    }
}
