package org.sightline.core.tracking;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.Vectors;

/** One live track: motion, smoothed appearance and bookkeeping. Not thread-safe. */
final class Track {

    private final BoxMotion motion;
    private final float[] smoothedEmbedding;
    private final double[] embeddingSum;
    private final List<DetectionRef> tentativeHits = new ArrayList<>();
    private final long firstFrame;
    private long lastFrame;
    private int hits;
    private int id = OnlineTracker.NO_TRACK;

    Track(BoundingBox box, float[] embedding, DetectionRef ref) {
        this.motion = new BoxMotion(box, ref.frame());
        this.smoothedEmbedding = embedding.clone();
        this.embeddingSum = new double[embedding.length];
        this.firstFrame = ref.frame();
        add(embedding, ref);
    }

    BoundingBox predict(long frame) {
        return motion.predict(frame);
    }

    /** Cosine distance (1 - cosine) between the smoothed embedding and {@code embedding}. */
    double appearanceDistance(float[] embedding) {
        return 1.0 - Vectors.dot(smoothedEmbedding, embedding);
    }

    void update(BoundingBox box, float[] embedding, DetectionRef ref, double momentum) {
        motion.update(box, ref.frame());
        for (int i = 0; i < smoothedEmbedding.length; i++) {
            smoothedEmbedding[i] = (float) (momentum * smoothedEmbedding[i] + (1 - momentum) * embedding[i]);
        }
        Vectors.normalizeInPlace(smoothedEmbedding);
        add(embedding, ref);
    }

    private void add(float[] embedding, DetectionRef ref) {
        for (int i = 0; i < embedding.length; i++) {
            embeddingSum[i] += embedding[i];
        }
        hits++;
        lastFrame = ref.frame();
        if (!confirmed()) {
            tentativeHits.add(ref);
        }
    }

    /** Gives the track its id; returns its detections made while tentative, except the last. */
    List<DetectionRef> confirm(int trackId) {
        id = trackId;
        List<DetectionRef> earlier = List.copyOf(tentativeHits.subList(0, tentativeHits.size() - 1));
        tentativeHits.clear();
        return earlier;
    }

    boolean confirmed() {
        return id != OnlineTracker.NO_TRACK;
    }

    int id() {
        return id;
    }

    int hits() {
        return hits;
    }

    long lastFrame() {
        return lastFrame;
    }

    Tracklet toTracklet() {
        float[] mean = new float[embeddingSum.length];
        for (int i = 0; i < mean.length; i++) {
            mean[i] = (float) (embeddingSum[i] / hits);
        }
        return new Tracklet(id, firstFrame, lastFrame, hits, Vectors.normalizeInPlace(mean));
    }
}
