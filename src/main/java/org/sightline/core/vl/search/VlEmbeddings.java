package org.sightline.core.vl.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.vl.ModelIdentity;

/** How a vision-language model's vectors are kept in a case's {@code embeddings} table. */
public final class VlEmbeddings {

    private VlEmbeddings() {
    }

    public static EmbeddingModel modelOf(ModelIdentity identity, int dimension) {
        return new EmbeddingModel(identity.modelId(), identity.sha256().toLowerCase(java.util.Locale.ROOT), dimension);
    }

    public static IndexSpec specOf(EmbeddingModel model) {
        return new IndexSpec(new ModelIdentity(model.modelId(), model.sha256()), model.dimension());
    }

    /**
     * Registers {@code model} for description search. When the case holds vectors of another file
     * under the same id (the model was replaced), those are deleted first, so that vectors of two
     * files are never mixed; returns how many were deleted.
     */
    public static int registerReplacing(Connection c, EmbeddingModel model) throws SQLException {
        Optional<EmbeddingModel> existing = Embeddings.find(c, model.modelId());
        int deleted = 0;
        if (existing.isPresent() && !existing.get().equals(model)) {
            deleted = Embeddings.forget(c, model.modelId());
        }
        Embeddings.register(c, model, Embeddings.Purpose.VISION_LANGUAGE);
        Embeddings.register(c, ColourBands.MODEL, Embeddings.Purpose.COLOUR);
        return deleted;
    }

    /** How many detections of the case have a vector of {@code model} (same file), and how many in all. */
    public static long[] coverage(CaseStore store, EmbeddingModel model) {
        return store.read(c -> {
            try (var query = c.prepareStatement("SELECT (SELECT count(*) FROM embeddings WHERE model_id = ? "
                    + "AND model_sha256 = ?), (SELECT count(*) FROM detections)")) {
                query.setString(1, model.modelId());
                query.setString(2, model.sha256());
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return new long[] {rows.getLong(1), rows.getLong(2)};
                }
            }
        });
    }
}
