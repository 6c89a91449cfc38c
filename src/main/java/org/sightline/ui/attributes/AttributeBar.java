package org.sightline.ui.attributes;

import java.util.Locale;
import java.util.OptionalDouble;
import org.sightline.core.attributes.Attribute;
import org.sightline.core.attributes.store.AttributeState;
import org.sightline.core.attributes.store.EffectiveLabel;
import org.sightline.core.attributes.store.LabelSource;

/**
 * One attribute bar. {@code index} is the attribute's position in the schema (what annotation focus
 * counts); {@code value} is what the bar fills to: 1 or 0 for a correction, else the probability.
 */
public record AttributeBar(int index, Attribute attribute, OptionalDouble probability, EffectiveLabel label,
                           LabelSource source, String correctedBy) {

    static AttributeBar of(int index, AttributeState state) {
        return new AttributeBar(index, state.attribute(), state.probability(), state.label(), state.source(),
                state.correction().map(c -> c.author()).orElse(null));
    }

    public String token() {
        return attribute.token();
    }

    public boolean scored() {
        return probability.isPresent();
    }

    public boolean corrected() {
        return source == LabelSource.CORRECTION;
    }

    public double value() {
        if (corrected()) {
            return label == EffectiveLabel.YES ? 1 : 0;
        }
        return probability.orElse(0);
    }

    /** "87%", "yes · model 23%" (corrected: the pencil and colour say so), "not scored". */
    public String valueText() {
        if (corrected()) {
            String said = label == EffectiveLabel.YES ? "yes" : "no";
            return said + (probability.isPresent() ? " · model " + percent(probability.getAsDouble()) : "");
        }
        return probability.isPresent() ? percent(probability.getAsDouble()) : "not scored";
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%d%%", Math.round(p * 100));
    }
}
