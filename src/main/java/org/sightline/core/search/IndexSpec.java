package org.sightline.core.search;

import org.sightline.core.vl.ModelIdentity;

import java.util.Objects;

/**
 * The one model and vector size an index holds. Embeddings of two models are never comparable, so
 * every vector going in or query coming in is checked against it.
 */
public record IndexSpec(ModelIdentity model, int dimension) {

    public IndexSpec {
        Objects.requireNonNull(model, "model");
        if (dimension <= 0) {
            throw new IllegalArgumentException("Vector dimension must be positive, got " + dimension);
        }
    }

    /** Throws a message naming both models when {@code other} is not this index's model. */
    public void requireModel(ModelIdentity other, String what) {
        if (!model.equals(other)) {
            throw new IndexMismatchException(what + " comes from model " + describe(other)
                    + " but this index holds only vectors of " + describe(model));
        }
    }

    /** Throws a message naming the expected size when {@code vector} does not have it. */
    public void requireDimension(float[] vector, String what) {
        Objects.requireNonNull(vector, what);
        if (vector.length != dimension) {
            throw new IndexMismatchException(what + " has " + vector.length + " values but the index of "
                    + describe(model) + " holds " + dimension + "-dimensional vectors");
        }
    }

    public void require(ModelIdentity other, float[] vector, String what) {
        requireModel(other, what);
        requireDimension(vector, what);
    }

    /** A folder-safe name for this index: model id and the first 8 hex digits of its weights' hash. */
    public String folderName() {
        String sha = model.sha256();
        String sha8 = sha.length() >= 8 ? sha.substring(0, 8) : sha;
        return model.modelId().replaceAll("[^A-Za-z0-9._-]", "_") + "-" + sha8;
    }

    static String describe(ModelIdentity model) {
        String sha = model.sha256();
        return "'" + model.modelId() + "' (sha256 " + (sha.length() > 12 ? sha.substring(0, 12) + "…" : sha) + ")";
    }
}
