package org.sightline.core.pipeline;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.footage.Tracks;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.inference.RgbImage;

/**
 * Follows a gallery import: gives each imported crop (a whole-image detection) its re-ID vector,
 * read from the original image file, and a one-detection track, so crops take part in identity
 * grouping and search like tracked people. Crops whose vector exists are skipped; the cursor is the
 * last detection id done.
 */
public final class GalleryEmbeddingJob implements ResumableJob {
    public static final String KIND = "gallery-embedding";
    /** Tracker id of the one-detection tracks of gallery crops. */
    public static final String CROP_TRACK = "gallery-crop";
    private static final Gson GSON = new Gson();
    private static final int BATCH = 32;

    private final Params params;
    private final IngestEngines engines;

    public GalleryEmbeddingJob(long sourceId, String reidId, IngestEngines engines) {
        this.params = new Params(sourceId, reidId);
        this.engines = engines;
    }

    public static ResumableJobFactory factory(IngestEngines engines) {
        return ResumableJobFactory.ofJson(KIND, "gallery embedding", Params.class,
                p -> new GalleryEmbeddingJob(p.sourceId(), p.reidId(), engines));
    }

    public static long sourceIdOf(String json) {
        return GSON.fromJson(json, Params.class).sourceId();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String params() {
        return GSON.toJson(params);
    }

    @Override
    public void run(ResumableJobContext context, String resumeCursor) throws IOException {
        CaseStore store = context.store();
        Source source = store.source(params.sourceId()).orElseThrow(() -> new IllegalStateException(
                "Gallery embedding: source " + params.sourceId() + " is no longer in case " + store.info().folder()));
        if (source.kind() != SourceKind.IMAGE_GALLERY) {
            throw new IllegalStateException("Gallery embedding needs an IMAGE_GALLERY source; " + source.path()
                    + " is " + source.kind());
        }
        try (IngestEngines.EmbedderChoice embedder = engines.embedder(params.reidId())) {
            store.inTransaction(c -> {
                Embeddings.register(c, embedder.model());
                return null;
            });
            List<Crop> todo = missing(store, source.id(), embedder.model().modelId());
            long done = 0;
            context.progress(0, todo.size(), "embedding " + todo.size() + " crops of " + source.label());
            for (int from = 0; from < todo.size(); from += BATCH) {
                context.throwIfCancelled();
                List<Crop> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
                List<String> warnings = new ArrayList<>();
                List<Crop> readable = new ArrayList<>();
                List<RgbImage> images = new ArrayList<>();
                for (Crop crop : batch) {
                    Path file = source.path().resolve(crop.file());
                    try {
                        images.add(RgbImageFiles.read(file));
                        readable.add(crop);
                    } catch (IOException e) {
                        warnings.add("No re-ID vector for " + file + ": " + e.getMessage());
                    }
                }
                float[][] vectors = images.isEmpty() ? new float[0][] : embedder.embedder().embed(images);
                done += batch.size();
                context.commit(new Checkpoint(Long.toString(batch.getLast().detectionId()), done, todo.size()),
                        warnings, c -> {
                            for (int i = 0; i < readable.size(); i++) {
                                long detection = readable.get(i).detectionId();
                                Embeddings.insert(c, embedder.model(), detection, vectors[i]);
                                Tracks.assign(c, detection, Tracks.insert(c, source.id(), CROP_TRACK));
                            }
                            return null;
                        });
            }
        }
    }

    /** Crops of the source without a vector of this model, by detection id. */
    private static List<Crop> missing(CaseStore store, long sourceId, String modelId) {
        return store.read(c -> {
            List<Crop> crops = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.id, f.file_path FROM detections d "
                    + "JOIN frames f ON f.id = d.frame_id WHERE f.source_id = ? AND f.file_path IS NOT NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM embeddings e WHERE e.detection_id = d.id AND e.model_id = ?) ORDER BY d.id")) {
                query.setLong(1, sourceId);
                query.setString(2, modelId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        crops.add(new Crop(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            return crops;
        });
    }

    private record Params(long sourceId, String reidId) {
    }

    private record Crop(long detectionId, String file) {
    }
}
