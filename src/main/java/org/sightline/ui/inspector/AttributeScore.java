package org.sightline.ui.inspector;

/** One pedestrian attribute and the model's probability for it, in [0, 1]. */
public record AttributeScore(String name, double probability) {
    public AttributeScore {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("Attribute '" + name + "' probability must be in [0, 1], was " + probability);
        }
    }
}
