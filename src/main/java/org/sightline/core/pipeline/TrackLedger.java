package org.sightline.core.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sightline.core.cases.footage.Tracks;
import org.sightline.core.tracking.DetectionRef;

/**
 * Maps one tracker run's ids to stored tracks, and recent detections to their stored ids, so that
 * detections a track made while tentative, which may already be committed, can be given the track
 * when it is confirmed. Tentative tracks die at their first miss, so only the last few frames'
 * detections are kept.
 */
final class TrackLedger {
    private static final int FRAMES_KEPT = 64;

    private final long sourceId;
    private final String runTag;
    private final Map<Integer, Long> storedTrack = new HashMap<>();
    private final LinkedHashMap<Long, long[]> detectionIdsOfFrame = new LinkedHashMap<>();

    TrackLedger(long sourceId, String runTag) {
        this.sourceId = sourceId;
        this.runTag = runTag;
    }

    /** The stored track of tracker id {@code trackerId}, inserted on first use. */
    long track(Connection c, int trackerId) throws SQLException {
        Long stored = storedTrack.get(trackerId);
        if (stored == null) {
            stored = Tracks.insert(c, sourceId, runTag + "/" + trackerId);
            storedTrack.put(trackerId, stored);
        }
        return stored;
    }

    int tracks() {
        return storedTrack.size();
    }

    void remember(long frameIndex, long[] detectionIds) {
        detectionIdsOfFrame.put(frameIndex, detectionIds);
        while (detectionIdsOfFrame.size() > FRAMES_KEPT) {
            detectionIdsOfFrame.remove(detectionIdsOfFrame.firstEntry().getKey());
        }
    }

    long detectionId(DetectionRef ref) {
        long[] ids = detectionIdsOfFrame.get(ref.frame());
        if (ids == null || ref.index() >= ids.length) {
            throw new IllegalStateException("Detection " + ref.index() + " of frame " + ref.frame()
                    + " is no longer remembered; a track was confirmed too late to label it");
        }
        return ids[ref.index()];
    }
}
