package org.sightline.core.inference;

import java.util.List;

/** Predicts yes/no pedestrian attributes (gender, bag, hat, ...) from person crops. */
public interface AttributePredictor extends AutoCloseable {

    /** Identifies the model, e.g. for storing which model produced saved attributes. */
    String id();

    /** Attribute names, in the order of the columns {@link #predict} returns. */
    List<String> attributeNames();

    /** For each crop, the probability (0..1) of each attribute in {@link #attributeNames()} order. */
    float[][] predict(List<RgbImage> crops);

    @Override
    void close();
}
