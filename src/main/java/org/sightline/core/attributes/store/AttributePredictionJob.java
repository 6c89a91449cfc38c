package org.sightline.core.attributes.store;

import com.google.gson.Gson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.attributes.AttributeMapping;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.inference.AttributePredictor;

/**
 * Scores the detections of a case that this model has not scored yet (so running it again after new
 * footage was added scores only the new detections) with an attribute model whose outputs a mapping
 * turns into schema tokens (all the mapping's tokens are saved; a schema picks its own when shown).
 * Detections go in id order, in batches; each batch's scores commit with the cursor (last detection id done), so a
 * cancelled or killed run continues after it, and a batch redone after a crash replaces its own
 * uncommitted rows rather than adding to them. Detections whose pixels cannot be read are skipped
 * with a warning. See {@link CropReader} for which pixels are used.
 */
public final class AttributePredictionJob implements ResumableJob {
    public static final String KIND = "attribute-prediction";
    public static final int DEFAULT_BATCH_SIZE = 32;
    /** Mapping id of predictors whose outputs already are schema tokens (e.g. the vision-language one). */
    public static final String DIRECT = "direct";
    private static final Gson GSON = new Gson();
    private static final String UNSCORED = "NOT EXISTS (SELECT 1 FROM attribute_predictions p "
            + "WHERE p.detection_id = d.id AND p.predictor_id = ?)";

    private final Params params;
    private final AttributePredictorOpener opener;

    /**
     * @param modelId     catalog id the opener opens (saved, so a resumed run opens the same model)
     * @param displayName how the UI names this predictor
     * @param mappingId   a built-in mapping id ({@link BuiltInMappings#CROSSROAD_0230})
     */
    public AttributePredictionJob(String modelId, String displayName, String mappingId, int batchSize,
                                  AttributePredictorOpener opener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Attribute prediction batch size must be at least 1, got " + batchSize);
        }
        if (!DIRECT.equals(mappingId)) {
            mapping(mappingId);
        }
        this.params = new Params(modelId, displayName, mappingId, batchSize);
        this.opener = opener;
    }

    public static ResumableJobFactory factory(AttributePredictorOpener opener) {
        return ResumableJobFactory.ofJson(KIND, "attribute prediction", Params.class,
                saved -> new AttributePredictionJob(saved.modelId(), saved.displayName(), saved.mappingId(),
                        saved.batchSize(), opener));
    }

    /** The built-in mapping with this id. */
    public static AttributeMapping mapping(String mappingId) {
        if (BuiltInMappings.CROSSROAD_0230.equals(mappingId)) {
            return BuiltInMappings.crossroad0230();
        }
        throw new IllegalArgumentException("Unknown attribute mapping '" + mappingId + "'; built-in: "
                + BuiltInMappings.CROSSROAD_0230);
    }

    /** The identity mapping of a predictor whose output names are schema tokens. */
    public static AttributeMapping direct(AttributePredictor predictor) {
        List<org.sightline.core.attributes.MappingRule> rules = predictor.attributeNames().stream()
                .map(name -> new org.sightline.core.attributes.MappingRule(name, name, false, "")).toList();
        return new AttributeMapping(DIRECT, predictor.id(), predictor.attributeNames(), rules);
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
        long after = resumeCursor == null ? 0 : Long.parseLong(resumeCursor);
        try (AttributePredictor predictor = opener.open(params.modelId())) {
            AttributeMapping mapping = DIRECT.equals(params.mappingId()) ? direct(predictor) : mapping(params.mappingId());
            PredictorInfo info = new PredictorInfo(predictor.id(), params.displayName(),
                    DIRECT.equals(params.mappingId()) ? "" : mapping.id());
            store.inTransaction(c -> {
                AttributePredictions.register(c, info);
                return null;
            });
            long total = count(store, "SELECT count(*) FROM detections", null, 0);
            long done = total - count(store, "SELECT count(*) FROM detections d WHERE d.id > ? AND " + UNSCORED,
                    predictor.id(), after);
            context.progress(done, total, "scoring attributes");
            boolean committed = false;
            while (true) {
                context.throwIfCancelled();
                List<CropReader.DetectionRow> batch = nextBatch(store, predictor.id(), after);
                if (batch.isEmpty()) {
                    break;
                }
                List<String> warnings = new ArrayList<>();
                Map<Long, AttributeScores> scores = score(predictor, mapping, store.thumbnailsDir(), batch, warnings);
                after = batch.getLast().id();
                done += batch.size();
                long now = System.currentTimeMillis();
                context.commit(new Checkpoint(Long.toString(after), done, total), warnings, c -> {
                    AttributePredictions.save(c, scores, now);
                    return null;
                });
                committed = true;
            }
            if (!committed) {
                // Nothing left to score: still record that the run covered every detection.
                context.commit(new Checkpoint(Long.toString(after), done, total), List.of(), c -> null);
            }
        }
    }

    private static Map<Long, AttributeScores> score(AttributePredictor predictor, AttributeMapping mapping,
                                                    Path thumbnailsDir, List<CropReader.DetectionRow> batch,
                                                    List<String> warnings) {
        CropReader.Batch<CropReader.DetectionRow> read = CropReader.readAll(batch, row -> row, thumbnailsDir, warnings);
        List<org.sightline.core.inference.RgbImage> crops = read.crops();
        Map<Long, AttributeScores> scores = new LinkedHashMap<>();
        if (crops.isEmpty()) {
            return scores;
        }
        float[][] outputs = predictor.predict(crops);
        List<String> names = predictor.attributeNames();
        for (int i = 0; i < crops.size(); i++) {
            Map<String, Float> byName = new LinkedHashMap<>();
            for (int k = 0; k < names.size(); k++) {
                byName.put(names.get(k), outputs[i][k]);
            }
            scores.put(read.readable().get(i).id(), mapping.apply(predictor.id(), byName));
        }
        return scores;
    }

    private List<CropReader.DetectionRow> nextBatch(CaseStore store, String predictorId, long after) {
        return store.read(c -> {
            List<CropReader.DetectionRow> rows = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, d.x, d.y, d.w, d.h, d.thumbnail, "
                    + "f.file_path, s.path FROM detections d JOIN frames f ON f.id = d.frame_id JOIN sources s "
                    + "ON s.id = f.source_id WHERE d.id > ? AND " + UNSCORED + " ORDER BY d.id LIMIT ?")) {
                query.setLong(1, after);
                query.setString(2, predictorId);
                query.setInt(3, params.batchSize());
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String file = r.getString(7);
                        Path source = file == null ? null : Path.of(r.getString(8)).resolve(file);
                        rows.add(new CropReader.DetectionRow(r.getLong(1), r.getDouble(2), r.getDouble(3),
                                r.getDouble(4), r.getDouble(5), r.getString(6), source));
                    }
                }
            }
            return rows;
        });
    }

    private static long count(CaseStore store, String sql, String predictorId, long after) {
        return store.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                if (predictorId != null) {
                    query.setLong(1, after);
                    query.setString(2, predictorId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private record Params(String modelId, String displayName, String mappingId, int batchSize) {
    }
}
