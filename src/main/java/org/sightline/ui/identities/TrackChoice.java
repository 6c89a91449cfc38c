package org.sightline.ui.identities;

/** A track of an identity, offered for splitting out: how many detections and which frames. */
public record TrackChoice(long trackId, String sourceLabel, int detections, long firstFrame, long lastFrame) {

    @Override
    public String toString() {
        return "Track " + trackId + " · " + sourceLabel + " · " + detections + " detections · frames "
                + (firstFrame + 1) + "–" + (lastFrame + 1);
    }
}
