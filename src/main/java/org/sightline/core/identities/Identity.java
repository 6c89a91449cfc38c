package org.sightline.core.identities;

import java.util.List;

/**
 * One person as grouped: the tracklets believed to show them and their mean appearance
 * (detection-weighted mean of the tracklets' embeddings, L2-normalised).
 *
 * @param number position in {@link Identities#all()}, from 0, ordered by the smallest tracklet key
 */
public record Identity(int number, List<TrackletAppearance> tracklets, float[] meanEmbedding) {

    public Identity {
        tracklets = List.copyOf(tracklets);
    }

    public List<String> keys() {
        return tracklets.stream().map(TrackletAppearance::key).toList();
    }
}
