package org.sightline.core.tracking;

/**
 * How {@link OnlineTracker} links detections.
 *
 * @param appearanceWeight      weight of the appearance distance in the matching cost; the rest
 *                              goes to 1 - IoU with the predicted box
 * @param maxAppearanceDistance pairs whose cosine distance (1 - cosine) to the track's smoothed
 *                              embedding exceeds this never match
 * @param minIou                pairs overlapping the predicted box less than this match only if
 *                              their centres lie within {@code maxCentreShift}
 * @param maxCentreShift        centre distance, in predicted box heights, still allowed for a pair
 *                              below {@code minIou} (people whose motion changed between samples)
 * @param embeddingMomentum     share of the old embedding kept when a track's embedding is updated
 * @param hitsToConfirm         detections (sampled frames) a new track needs before it gets an id
 * @param maxMissedFrames       a confirmed track not seen for more frames than this ends
 */
public record TrackerSettings(double appearanceWeight, double maxAppearanceDistance, double minIou,
                              double maxCentreShift, double embeddingMomentum, int hitsToConfirm,
                              int maxMissedFrames) {

    /** Settings checked on MOT17-02 with NanoDet-m and OSNet x0.25 (see OnlineTrackerMotTest). */
    public static final TrackerSettings DEFAULT = new TrackerSettings(0.5, 0.5, 0.1, 0.75, 0.9, 2, 30);

    public TrackerSettings {
        requireIn("appearance weight", appearanceWeight, 0, 1);
        requireIn("max appearance distance", maxAppearanceDistance, 0, 2);
        requireIn("min IoU", minIou, 0, 1);
        requireIn("max centre shift", maxCentreShift, 0, 100);
        requireIn("embedding momentum", embeddingMomentum, 0, 1);
        if (hitsToConfirm < 1) {
            throw new IllegalArgumentException("Hits to confirm must be at least 1, got " + hitsToConfirm);
        }
        if (maxMissedFrames < 0) {
            throw new IllegalArgumentException("Max missed frames must not be negative, got " + maxMissedFrames);
        }
    }

    public TrackerSettings withHitsToConfirm(int hits) {
        return new TrackerSettings(appearanceWeight, maxAppearanceDistance, minIou, maxCentreShift,
                embeddingMomentum, hits, maxMissedFrames);
    }

    public TrackerSettings withMaxMissedFrames(int frames) {
        return new TrackerSettings(appearanceWeight, maxAppearanceDistance, minIou, maxCentreShift,
                embeddingMomentum, hitsToConfirm, frames);
    }

    private static void requireIn(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(
                    "Tracker " + name + " must lie in [" + low + ", " + high + "], got " + value);
        }
    }
}
