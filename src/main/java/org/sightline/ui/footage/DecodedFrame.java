package org.sightline.ui.footage;

import java.util.List;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.video.VideoFrame;

/**
 * A frame as the decoder thread hands it over: the picture, the people stored for it, and whether
 * the ingest analysed it at all (a sampled ingest skips frames, which then have no boxes).
 *
 * @param generation the decoder's seek generation it belongs to; frames of an older one are dropped
 */
public record DecodedFrame(long generation, VideoFrame frame, List<DetectionRow> detections, boolean analysed) {
    public DecodedFrame {
        detections = List.copyOf(detections);
    }

    public long index() {
        return frame.index();
    }
}
