package org.sightline.core.cases.footage;

import java.util.Random;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Frames;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Vectors;

/** Detections with re-ID vectors written straight into a case, as ingest would, without a model. */
public final class SyntheticReid {
    /** A small made-up model: the cache and search do not care what produced the vectors. */
    public static final EmbeddingModel MODEL = new EmbeddingModel("test-reid", "ab".repeat(32), 8);

    private SyntheticReid() {
    }

    /** Adds one frame of {@code sourceId} with one detection embedded as {@code vector}; returns the detection id. */
    public static long addDetection(CaseStore store, long sourceId, float[] vector) {
        return store.inTransaction(c -> {
            Embeddings.register(c, MODEL);
            long frame = Frames.insertFrame(c, sourceId, Frames.nextFrameIndex(c, sourceId), null, 64, 128, null);
            long detection = Frames.insertDetection(c, frame, new BoundingBox(0, 0, 64, 128), 1.0, "test", null);
            Embeddings.insert(c, MODEL, detection, vector);
            return detection;
        });
    }

    /** A random unit vector of {@link #MODEL}'s dimension. */
    public static float[] randomUnit(Random random) {
        float[] vector = new float[MODEL.dimension()];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.normalizeInPlace(vector);
    }
}
