package org.sightline.core.pipeline;

import java.util.List;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.RgbImage;

/**
 * A sampled frame between detection and commit: its people (boxes clipped to the frame, scores,
 * crops) and, once the batch is processed, their vectors, tracker ids and thumbnail paths.
 */
final class PendingFrame {
    final long index;
    final long timestampMs;
    final int width;
    final int height;
    final List<BoundingBox> boxes;
    final List<Float> scores;
    final List<RgbImage> crops;
    float[][] vectors;
    int[] trackerIds;
    String[] thumbnails;

    PendingFrame(long index, long timestampMs, int width, int height, List<BoundingBox> boxes, List<Float> scores,
                 List<RgbImage> crops) {
        this.index = index;
        this.timestampMs = timestampMs;
        this.width = width;
        this.height = height;
        this.boxes = List.copyOf(boxes);
        this.scores = List.copyOf(scores);
        this.crops = List.copyOf(crops);
    }
}
