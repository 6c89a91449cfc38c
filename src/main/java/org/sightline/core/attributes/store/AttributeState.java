package org.sightline.core.attributes.store;

import java.util.Optional;
import java.util.OptionalDouble;
import org.sightline.core.attributes.Attribute;

/**
 * One attribute of one detection, everything an attribute bar needs: the predictor's probability
 * (empty when it does not cover the attribute), the correction in force (empty when none, or when
 * the last one was withdrawn), and the resulting label and where it comes from.
 */
public record AttributeState(Attribute attribute, OptionalDouble probability, Optional<Correction> correction,
                             EffectiveLabel label, LabelSource source) {

    public String token() {
        return attribute.token();
    }

    /** Label and source from a probability, a correction value, and the yes-threshold (strictly above). */
    static AttributeState of(Attribute attribute, OptionalDouble probability, Optional<Correction> latest,
                             double threshold) {
        Optional<Correction> inForce = latest.filter(c -> c.value() != LabelValue.UNSET);
        if (inForce.isPresent()) {
            EffectiveLabel label = inForce.get().value() == LabelValue.YES ? EffectiveLabel.YES : EffectiveLabel.NO;
            return new AttributeState(attribute, probability, inForce, label, LabelSource.CORRECTION);
        }
        if (probability.isPresent()) {
            EffectiveLabel label = probability.getAsDouble() > threshold ? EffectiveLabel.YES : EffectiveLabel.NO;
            return new AttributeState(attribute, probability, inForce, label, LabelSource.PREDICTION);
        }
        return new AttributeState(attribute, probability, inForce, EffectiveLabel.UNKNOWN, LabelSource.NONE);
    }
}
