package org.sightline.core.models;

import java.util.List;

/**
 * How pixels become model input: each 0-255 channel value is divided by {@code divideBy}, then
 * {@code (x - mean[c]) / std[c]} with the channels in the model's colour order.
 */
public record Normalisation(double divideBy, List<Double> mean, List<Double> std) {
    public Normalisation {
        mean = List.copyOf(mean);
        std = List.copyOf(std);
    }
}
