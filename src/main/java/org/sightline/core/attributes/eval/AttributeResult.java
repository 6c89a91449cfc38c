package org.sightline.core.attributes.eval;

/**
 * Counts and label-based rates for one attribute over an evaluation set.
 * {@code positives}/{@code negatives} count the ground truth; tp/fn split the positives, tn/fp the negatives.
 */
public record AttributeResult(String token, int tp, int fn, int tn, int fp) {

    public int positives() {
        return tp + fn;
    }

    public int negatives() {
        return tn + fp;
    }

    /** True positive rate (recall on positives); NaN when the set has no positives. */
    public double tpr() {
        return positives() == 0 ? Double.NaN : (double) tp / positives();
    }

    /** True negative rate; NaN when the set has no negatives. */
    public double tnr() {
        return negatives() == 0 ? Double.NaN : (double) tn / negatives();
    }

    /**
     * (TPR + TNR) / 2, the attribute's share of mA; NaN (undefined) when the set has no positives or no
     * negatives of this attribute, because then one of the two rates does not exist.
     */
    public double meanAccuracy() {
        return (tpr() + tnr()) / 2;
    }

    public boolean defined() {
        return positives() > 0 && negatives() > 0;
    }

    /** Fraction of the set with this attribute. */
    public double positiveRate() {
        int n = positives() + negatives();
        return n == 0 ? Double.NaN : (double) positives() / n;
    }

    /** Precision of the predicted positives; 0 when nothing was predicted positive. */
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }
}
