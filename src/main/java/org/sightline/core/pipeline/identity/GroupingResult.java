package org.sightline.core.pipeline.identity;

/** What a regrouping did: tracklets grouped, identities that now have detections, and how many are new. */
public record GroupingResult(int tracklets, int identities, int newIdentities) {
}
