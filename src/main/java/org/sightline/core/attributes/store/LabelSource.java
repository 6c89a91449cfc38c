package org.sightline.core.attributes.store;

/** Where an attribute's effective label comes from. */
public enum LabelSource {
    /** The investigator's correction in force (it overrides any prediction). */
    CORRECTION,
    /** The predictor's probability, thresholded. */
    PREDICTION,
    /** Neither: the predictor does not cover this attribute and nobody labelled it. */
    NONE
}
