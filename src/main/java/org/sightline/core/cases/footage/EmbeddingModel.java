package org.sightline.core.cases.footage;

import java.util.Objects;

/**
 * The re-identification model that made a case's embeddings, pinned to its file's SHA-256 and
 * output size: vectors are only ever compared with vectors of the very same model.
 */
public record EmbeddingModel(String modelId, String sha256, int dimension) {

    public EmbeddingModel {
        Objects.requireNonNull(modelId, "modelId");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Embedding model " + modelId + " needs a SHA-256 of 64 lowercase hex "
                    + "digits, got " + sha256);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("Embedding model " + modelId + " has dimension " + dimension);
        }
    }
}
