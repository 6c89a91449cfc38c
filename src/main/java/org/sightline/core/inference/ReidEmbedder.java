package org.sightline.core.inference;

import java.util.List;

/**
 * Turns person crops into appearance vectors for re-identification: the more alike two
 * people look, the higher the dot product (cosine) of their vectors.
 */
public interface ReidEmbedder extends AutoCloseable {

    /** One L2-normalised vector of {@link #dimension()} values per crop, in the crops' order. */
    float[][] embed(List<RgbImage> crops);

    int dimension();

    /** Identifies the model (and so the vector space): vectors of different ids never compare. */
    String modelId();

    @Override
    void close();
}
