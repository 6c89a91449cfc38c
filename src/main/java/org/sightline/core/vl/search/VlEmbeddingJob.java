package org.sightline.core.vl.search;

import com.google.gson.Gson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.attributes.store.CropReader;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.VisionLanguageModel;

/**
 * Gives every detection of a case that has no vector of the vision-language model yet its image
 * embedding, and its {@link ColourBands} where missing. Detections go in id order, in batches; each
 * batch's vectors commit with the cursor (last detection id done) in one transaction, so a cancelled
 * or killed run continues after it and never writes a vector twice. Vectors are keyed by model id
 * and SHA-256: when the model file behind the id changed, the old vectors are deleted and the case is
 * re-embedded (see {@link VlEmbeddings#registerReplacing}). Unreadable crops are skipped with a warning.
 */
public final class VlEmbeddingJob implements ResumableJob {
    public static final String KIND = "vl-embedding";
    public static final int DEFAULT_BATCH = 32;
    private static final Gson GSON = new Gson();
    private static final String MISSING = "NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.detection_id = d.id "
            + "AND e.model_id = ?)";

    private final Params params;
    private final VlModelOpener opener;

    public VlEmbeddingJob(String modelId, int batch, VlModelOpener opener) {
        if (batch < 1) {
            throw new IllegalArgumentException("VL embedding batch must be at least 1, got " + batch);
        }
        this.params = new Params(modelId, batch);
        this.opener = opener;
    }

    public static ResumableJobFactory factory(VlModelOpener opener) {
        return ResumableJobFactory.ofJson(KIND, "VL embedding", Params.class,
                p -> new VlEmbeddingJob(p.modelId(), p.batch(), opener));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String params() {
        return GSON.toJson(params);
    }

    public String modelId() {
        return params.modelId();
    }

    @Override
    public void run(ResumableJobContext context, String resumeCursor) throws Exception {
        CaseStore store = context.store();
        try (VisionLanguageModel model = opener.open(params.modelId())) {
            EmbeddingModel embedding = VlEmbeddings.modelOf(model.identity(), model.embeddingDimension());
            int replaced = store.inTransaction(c -> VlEmbeddings.registerReplacing(c, embedding));
            long after = resumeCursor == null || replaced > 0 ? Long.MIN_VALUE : Long.parseLong(resumeCursor);
            long total = count(store, "SELECT count(*) FROM detections d", null);
            long done = total - count(store, "SELECT count(*) FROM detections d WHERE " + MISSING, embedding.modelId());
            List<String> notes = replaced > 0 ? List.of("The case held " + replaced + " vectors of another file named "
                    + embedding.modelId() + "; they were deleted and the case is being re-embedded") : List.of();
            context.progress(done, total, "embedding crops for description search");
            while (true) {
                context.throwIfCancelled();
                List<Row> batch = nextBatch(store, embedding.modelId(), after);
                if (batch.isEmpty()) {
                    break;
                }
                List<String> warnings = new ArrayList<>(notes);
                notes = List.of();
                CropReader.Batch<Row> read = CropReader.readAll(batch, Row::detection, store.thumbnailsDir(), warnings);
                List<Row> readable = read.readable();
                List<RgbImage> crops = read.crops();
                float[][] vectors = crops.isEmpty() ? new float[0][] : model.encodeImages(crops);
                after = batch.getLast().detection().id();
                done += batch.size();
                context.commit(new Checkpoint(Long.toString(after), done, total), warnings, c -> {
                    for (int i = 0; i < readable.size(); i++) {
                        long id = readable.get(i).detection().id();
                        Embeddings.insert(c, embedding, id, vectors[i]);
                        if (!readable.get(i).hasColour()) {
                            Embeddings.insert(c, ColourBands.MODEL, id, ColourBands.of(crops.get(i)));
                        }
                    }
                    return null;
                });
            }
        }
    }

    /** How many detections of the case have no vector of {@code modelId} yet. */
    public static long missing(CaseStore store, String modelId) {
        return count(store, "SELECT count(*) FROM detections d WHERE " + MISSING, modelId);
    }

    private List<Row> nextBatch(CaseStore store, String modelId, long after) {
        return store.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.x, d.y, d.w, d.h, d.thumbnail, "
                    + "f.file_path, s.path, EXISTS (SELECT 1 FROM embeddings k WHERE k.detection_id = d.id AND "
                    + "k.model_id = ?) FROM detections d JOIN frames f ON f.id = d.frame_id JOIN sources s "
                    + "ON s.id = f.source_id WHERE d.id > ? AND " + MISSING + " ORDER BY d.id LIMIT ?")) {
                query.setString(1, ColourBands.MODEL.modelId());
                query.setLong(2, after);
                query.setString(3, modelId);
                query.setInt(4, params.batch());
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String file = r.getString(7);
                        Path source = file == null ? null : Path.of(r.getString(8)).resolve(file);
                        rows.add(new Row(new CropReader.DetectionRow(r.getLong(1), r.getDouble(2), r.getDouble(3),
                                r.getDouble(4), r.getDouble(5), r.getString(6), source), r.getBoolean(9)));
                    }
                }
            }
            return rows;
        });
    }

    private static long count(CaseStore store, String sql, String modelId) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                if (modelId != null) {
                    query.setString(1, modelId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private record Row(CropReader.DetectionRow detection, boolean hasColour) {
    }

    private record Params(String modelId, int batch) {
    }
}
