package org.sightline.core.cases.footage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.cases.CaseStore;

/** The {@code embedding_models} and {@code embeddings} tables; writes run in the caller's transaction. */
public final class Embeddings {

    private Embeddings() {
    }

    /** What a model's vectors are for (column {@code embedding_models.purpose}). */
    public enum Purpose {
        /** Re-identification: identity grouping and "find this person". */
        REID("reid"),
        /** Image embeddings of a vision-language model: description search. */
        VISION_LANGUAGE("vision-language"),
        /** A crop's colour evidence, for colour-aware re-ranking of descriptions. */
        COLOUR("colour");

        private final String column;

        Purpose(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * Registers {@code model} as a re-identification model, or checks that the case's model of that id is the same file.
     *
     * @throws EmbeddingModelMismatchException when the case holds vectors of another file under that id
     */
    public static void register(Connection c, EmbeddingModel model) throws SQLException {
        register(c, model, Purpose.REID);
    }

    /** As {@link #register(Connection, EmbeddingModel)}, for vectors of {@code purpose}. */
    public static void register(Connection c, EmbeddingModel model, Purpose purpose) throws SQLException {
        Optional<EmbeddingModel> existing = find(c, model.modelId());
        if (existing.isPresent()) {
            if (!existing.get().equals(model)) {
                throw new EmbeddingModelMismatchException(existing.get(), model);
            }
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO embedding_models (model_id, model_sha256, dimension, purpose) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, model.modelId());
            insert.setString(2, model.sha256());
            insert.setInt(3, model.dimension());
            insert.setString(4, purpose.column());
            insert.executeUpdate();
        }
    }

    /**
     * Deletes a model and all its vectors, e.g. when a model id now names another file and the case
     * must be re-embedded; vectors are derived data, recomputed from the crops.
     */
    public static int forget(Connection c, String modelId) throws SQLException {
        int deleted;
        try (PreparedStatement vectors = c.prepareStatement("DELETE FROM embeddings WHERE model_id = ?")) {
            vectors.setString(1, modelId);
            deleted = vectors.executeUpdate();
        }
        try (PreparedStatement model = c.prepareStatement("DELETE FROM embedding_models WHERE model_id = ?")) {
            model.setString(1, modelId);
            model.executeUpdate();
        }
        return deleted;
    }

    public static Optional<EmbeddingModel> find(Connection c, String modelId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT model_id, model_sha256, dimension FROM embedding_models WHERE model_id = ?")) {
            query.setString(1, modelId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new EmbeddingModel(row.getString(1), row.getString(2), row.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    /** The re-identification models of the case, in id order. */
    public static List<EmbeddingModel> models(CaseStore store) {
        return models(store, Purpose.REID);
    }

    /** The case's embedding models of {@code purpose}, in id order. */
    public static List<EmbeddingModel> models(CaseStore store, Purpose purpose) {
        return store.read(c -> {
            List<EmbeddingModel> models = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT model_id, model_sha256, dimension FROM embedding_models WHERE purpose = ? ORDER BY model_id")) {
                query.setString(1, purpose.column());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        models.add(new EmbeddingModel(rows.getString(1), rows.getString(2), rows.getInt(3)));
                    }
                }
            }
            return models;
        });
    }

    /** Saves one detection's vector; the model must be {@link #register registered}. */
    public static void insert(Connection c, EmbeddingModel model, long detectionId, float[] vector) throws SQLException {
        if (vector.length != model.dimension()) {
            throw new IllegalArgumentException("Detection " + detectionId + ": a " + vector.length + "-d vector for "
                    + model.modelId() + ", which gives " + model.dimension());
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO embeddings (model_id, detection_id, "
                + "model_sha256, dimension, vector, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, model.modelId());
            insert.setLong(2, detectionId);
            insert.setString(3, model.sha256());
            insert.setInt(4, model.dimension());
            insert.setBytes(5, toBytes(vector));
            insert.setLong(6, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }

    /** One detection's vector of {@code modelId}, if it has one. */
    public static Optional<float[]> of(CaseStore store, String modelId, long detectionId) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT vector FROM embeddings WHERE model_id = ? AND detection_id = ?")) {
                query.setString(1, modelId);
                query.setLong(2, detectionId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(toFloats(row.getBytes(1))) : Optional.empty();
                }
            }
        });
    }

    /** Little-endian float32, as the schema stores vectors. */
    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    /** Decodes into {@code target} at {@code offset}, for loading many vectors into one matrix. */
    static void toFloats(byte[] bytes, float[] target, int offset) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, bytes.length / Float.BYTES);
    }
}
