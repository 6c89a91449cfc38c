package org.sightline.core.tracking;

import java.util.List;

/**
 * What one {@link OnlineTracker#update} call decided.
 *
 * @param trackIds      for each input detection, in input order, its track id, or
 *                      {@link OnlineTracker#NO_TRACK} while its track is still tentative
 * @param confirmations tracks confirmed by this frame, with their earlier detections that were
 *                      reported as {@code NO_TRACK} and now belong to them
 */
public record TrackerUpdate(int[] trackIds, List<Confirmation> confirmations) {

    public TrackerUpdate {
        confirmations = List.copyOf(confirmations);
    }

    /** Track {@code trackId} got its id now; {@code earlier} are its detections before this frame. */
    public record Confirmation(int trackId, List<DetectionRef> earlier) {

        public Confirmation {
            earlier = List.copyOf(earlier);
        }
    }
}
