package org.sightline.core.identities;

import java.util.Objects;

/**
 * A tracklet as identity grouping sees it: where and when it was seen, and its mean appearance.
 *
 * @param key        unique across all videos (for example "video-3/track-17")
 * @param videoId    the video (camera recording) it comes from
 * @param firstFrame first frame (or timestamp, in one unit per video) it was seen
 * @param lastFrame  last frame it was seen, inclusive
 * @param detections how many detections it has (weights it in its identity's mean embedding)
 * @param embedding  its L2-normalised mean appearance vector
 */
public record TrackletAppearance(String key, String videoId, long firstFrame, long lastFrame, int detections,
                                 float[] embedding) {

    public TrackletAppearance {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(videoId, "videoId");
        Objects.requireNonNull(embedding, "embedding");
        if (lastFrame < firstFrame) {
            throw new IllegalArgumentException("Tracklet " + key + " ends (" + lastFrame + ") before it starts ("
                    + firstFrame + ")");
        }
        if (detections < 1) {
            throw new IllegalArgumentException("Tracklet " + key + " has no detections");
        }
    }

    /** Seen in the same video at a common frame: then it cannot be the same person. */
    public boolean overlaps(TrackletAppearance other) {
        return videoId.equals(other.videoId) && firstFrame <= other.lastFrame && other.firstFrame <= lastFrame;
    }
}
