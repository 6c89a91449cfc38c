package org.sightline.core.pipeline;

import org.sightline.core.inference.BufferedImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.cases.Frames;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.footage.Tracks;
import org.sightline.core.cases.gallery.Thumbnails;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.tracking.DetectionRef;
import org.sightline.core.tracking.OnlineTracker;
import org.sightline.core.tracking.TrackerUpdate;

/**
 * Sampled frames collected until the next commit. Processing embeds all their crops in one call
 * (so the re-ID model sees full batches), tracks the frames in order and writes the thumbnails;
 * {@link #write} then stores everything in the caller's transaction.
 */
final class FrameBatch {
    private final List<PendingFrame> frames = new ArrayList<>();
    private final List<TrackerUpdate.Confirmation> confirmations = new ArrayList<>();

    void add(PendingFrame frame) {
        frames.add(frame);
    }

    int size() {
        return frames.size();
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    long lastIndex() {
        return frames.getLast().index;
    }

    long detections() {
        return frames.stream().mapToLong(f -> f.boxes.size()).sum();
    }

    /**
     * Embeds, tracks and writes thumbnails named after frame index and position, so a batch redone
     * after a crash overwrites its own files instead of leaving orphans.
     */
    void process(ReidEmbedder embedder, OnlineTracker tracker, Path thumbnailsDir, String sourceFolder)
            throws IOException {
        List<RgbImage> crops = new ArrayList<>();
        frames.forEach(f -> crops.addAll(f.crops));
        float[][] vectors = crops.isEmpty() ? new float[0][] : embedder.embed(crops);
        int next = 0;
        for (PendingFrame frame : frames) {
            int n = frame.boxes.size();
            frame.vectors = new float[n][];
            System.arraycopy(vectors, next, frame.vectors, 0, n);
            next += n;
            TrackerUpdate update = tracker.update(frame.index, frame.boxes.toArray(BoundingBox[]::new), frame.vectors);
            frame.trackerIds = update.trackIds();
            confirmations.addAll(update.confirmations());
            frame.thumbnails = new String[n];
            String folder = sourceFolder + "/f" + (frame.index / 1000);
            Files.createDirectories(thumbnailsDir.resolve(folder));
            for (int d = 0; d < n; d++) {
                frame.thumbnails[d] = folder + "/" + frame.index + "-" + d + ".jpg";
                Thumbnails.write(BufferedImages.toBufferedImage(frame.crops.get(d)), thumbnailsDir.resolve(frame.thumbnails[d]));
            }
        }
    }

    /** Stores frames, detections, vectors and tracks; returns how many tracks were new. */
    void write(Connection c, long sourceId, String detectorId, EmbeddingModel model, TrackLedger ledger)
            throws SQLException {
        for (PendingFrame frame : frames) {
            long frameId = Frames.insertFrame(c, sourceId, frame.index, frame.timestampMs, frame.width, frame.height, null);
            long[] ids = new long[frame.boxes.size()];
            for (int d = 0; d < ids.length; d++) {
                ids[d] = Frames.insertDetection(c, frameId, frame.boxes.get(d), frame.scores.get(d), detectorId,
                        frame.thumbnails[d]);
                Embeddings.insert(c, model, ids[d], frame.vectors[d]);
                if (frame.trackerIds[d] != OnlineTracker.NO_TRACK) {
                    Tracks.assign(c, ids[d], ledger.track(c, frame.trackerIds[d]));
                }
            }
            ledger.remember(frame.index, ids);
        }
        for (TrackerUpdate.Confirmation confirmation : confirmations) {
            long track = ledger.track(c, confirmation.trackId());
            for (DetectionRef ref : confirmation.earlier()) {
                Tracks.assign(c, ledger.detectionId(ref), track);
            }
        }
    }
}
