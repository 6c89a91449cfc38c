package org.sightline.core.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sightline.core.inference.BoundingBox;

/**
 * Links per-frame person detections into tracks by motion and appearance, one frame at a time.
 * Each frame: predict every live track's box at that frame (constant velocity over the frames
 * elapsed, so sampling every Nth frame works), cost each track-detection pair as a weighted sum
 * of 1 - IoU and appearance cosine distance, forbid pairs outside the gates, solve the optimal
 * assignment, then update matched tracks, start tentative tracks from unmatched detections and end
 * tracks: tentative ones at their first miss, confirmed ones when unseen for more than
 * {@link TrackerSettings#maxMissedFrames()} frames. A track gets its id, 1, 2, 3..., when
 * confirmed, and keeps it. Not thread-safe: one tracker per video.
 */
public final class OnlineTracker {

    /** Track id reported for a detection whose track is still tentative. */
    public static final int NO_TRACK = -1;

    /** Cost given to gated-out pairs: higher than any real cost, so the solver only takes it when forced. */
    private static final double FORBIDDEN = 1e6;

    private final TrackerSettings settings;
    private final List<Track> live = new ArrayList<>();
    private final List<Tracklet> ended = new ArrayList<>();
    private long lastFrame = Long.MIN_VALUE;
    private int nextId = 1;
    private int dimension = -1;

    public OnlineTracker(TrackerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Tracks the detections of {@code frame} (frame numbers must increase; gaps are fine).
     *
     * @param boxes      detected person boxes in frame pixels
     * @param embeddings one L2-normalised appearance vector per box, all of one dimension
     */
    public TrackerUpdate update(long frame, BoundingBox[] boxes, float[][] embeddings) {
        validate(frame, boxes, embeddings);
        lastFrame = frame;
        endTracksUnseenSince(frame);
        int[] matchOfTrack = match(frame, boxes, embeddings);

        int[] trackIds = new int[boxes.length];
        Arrays.fill(trackIds, NO_TRACK);
        boolean[] detectionUsed = new boolean[boxes.length];
        List<TrackerUpdate.Confirmation> confirmations = new ArrayList<>();
        List<Track> survivors = new ArrayList<>();
        for (int t = 0; t < live.size(); t++) {
            Track track = live.get(t);
            int d = matchOfTrack[t];
            if (d >= 0) {
                detectionUsed[d] = true;
                track.update(boxes[d], embeddings[d], new DetectionRef(frame, d), settings.embeddingMomentum());
                confirmIfDue(track, confirmations);
                trackIds[d] = track.id();
                survivors.add(track);
            } else if (track.confirmed()) {
                survivors.add(track);
            }
        }
        for (int d = 0; d < boxes.length; d++) {
            if (!detectionUsed[d]) {
                Track born = new Track(boxes[d], embeddings[d], new DetectionRef(frame, d));
                confirmIfDue(born, confirmations);
                trackIds[d] = born.id();
                survivors.add(born);
            }
        }
        live.clear();
        live.addAll(survivors);
        return new TrackerUpdate(trackIds, confirmations);
    }

    /** Every confirmed track so far, ended and live, ordered by id. */
    public List<Tracklet> tracklets() {
        List<Tracklet> all = new ArrayList<>(ended);
        live.stream().filter(Track::confirmed).map(Track::toTracklet).forEach(all::add);
        all.sort(Comparator.comparingInt(Tracklet::trackId));
        return all;
    }

    /** Ends confirmed tracks unseen for more than the allowed frames before {@code frame}. */
    private void endTracksUnseenSince(long frame) {
        live.removeIf(track -> {
            boolean expired = frame - track.lastFrame() > settings.maxMissedFrames();
            if (expired) {
                ended.add(track.toTracklet());
            }
            return expired;
        });
    }

    private void confirmIfDue(Track track, List<TrackerUpdate.Confirmation> confirmations) {
        if (!track.confirmed() && track.hits() >= settings.hitsToConfirm()) {
            int id = nextId++;
            confirmations.add(new TrackerUpdate.Confirmation(id, track.confirm(id)));
        }
    }

    /** For each live track, the index of its detection, or -1. */
    private int[] match(long frame, BoundingBox[] boxes, float[][] embeddings) {
        double[][] cost = new double[live.size()][boxes.length];
        for (int t = 0; t < live.size(); t++) {
            Track track = live.get(t);
            BoundingBox predicted = track.predict(frame);
            for (int d = 0; d < boxes.length; d++) {
                cost[t][d] = pairCost(track, predicted, boxes[d], embeddings[d]);
            }
        }
        int[] assignment = LinearAssignment.solve(cost);
        for (int t = 0; t < assignment.length; t++) {
            if (assignment[t] >= 0 && cost[t][assignment[t]] >= FORBIDDEN) {
                assignment[t] = -1;
            }
        }
        return assignment;
    }

    private double pairCost(Track track, BoundingBox predicted, BoundingBox box, float[] embedding) {
        double appearance = track.appearanceDistance(embedding);
        if (appearance > settings.maxAppearanceDistance()) {
            return FORBIDDEN;
        }
        double iou = predicted.intersectionOverUnion(box);
        if (iou < settings.minIou() && centreShift(predicted, box) > settings.maxCentreShift()) {
            return FORBIDDEN;
        }
        double w = settings.appearanceWeight();
        return w * appearance + (1 - w) * (1 - iou);
    }

    /** Distance between the boxes' centres in heights of the predicted box. */
    private static double centreShift(BoundingBox predicted, BoundingBox box) {
        double dx = (box.x() + box.width() / 2) - (predicted.x() + predicted.width() / 2);
        double dy = (box.y() + box.height() / 2) - (predicted.y() + predicted.height() / 2);
        return Math.hypot(dx, dy) / predicted.height();
    }

    private void validate(long frame, BoundingBox[] boxes, float[][] embeddings) {
        Objects.requireNonNull(boxes, "boxes");
        Objects.requireNonNull(embeddings, "embeddings");
        if (frame <= lastFrame) {
            throw new IllegalArgumentException("Frame " + frame + " is not after the last tracked frame " + lastFrame);
        }
        if (boxes.length != embeddings.length) {
            throw new IllegalArgumentException("Frame " + frame + " has " + boxes.length + " boxes but "
                    + embeddings.length + " embeddings");
        }
        for (int d = 0; d < boxes.length; d++) {
            Objects.requireNonNull(boxes[d], "box " + d + " of frame " + frame);
            if (boxes[d].width() <= 0 || boxes[d].height() <= 0) {
                throw new IllegalArgumentException("Box " + d + " of frame " + frame + " is empty: " + boxes[d]);
            }
            if (dimension < 0) {
                dimension = embeddings[d].length;
            }
            if (embeddings[d].length != dimension) {
                throw new IllegalArgumentException("Embedding " + d + " of frame " + frame + " has "
                        + embeddings[d].length + " values, earlier ones " + dimension);
            }
        }
    }
}
