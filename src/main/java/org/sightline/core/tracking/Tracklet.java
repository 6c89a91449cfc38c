package org.sightline.core.tracking;

/**
 * A confirmed track as a whole: the span of frames it was seen in and the mean of its
 * detections' embeddings (L2-normalised), the appearance used to group tracklets into identities.
 */
public record Tracklet(int trackId, long firstFrame, long lastFrame, int detections, float[] meanEmbedding) {
}
