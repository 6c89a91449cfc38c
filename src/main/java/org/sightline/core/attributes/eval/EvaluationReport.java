package org.sightline.core.attributes.eval;

import java.util.List;
import java.util.Locale;

/** The result of one evaluation: mA, instance-based metrics and one row per attribute. */
public record EvaluationReport(int instances, double threshold, List<AttributeResult> attributes,
                               double meanAccuracy, InstanceMetrics instance) {

    public EvaluationReport {
        attributes = List.copyOf(attributes);
    }

    /** Attributes left out of mA because the set has no positives or no negatives of them. */
    public List<String> undefinedAttributes() {
        return attributes.stream().filter(a -> !a.defined()).map(AttributeResult::token).toList();
    }

    public AttributeResult attribute(String token) {
        return attributes.stream().filter(a -> a.token().equals(token)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no attribute '" + token + "' in this report"));
    }

    /** A plain-text table, one row per attribute, then the summary lines. */
    public String table() {
        int width = Math.max(9, attributes.stream().mapToInt(a -> a.token().length()).max().orElse(0));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %6s %6s %6s %6s %7s %6s %6s %6s %6s%n",
                "attribute", "pos", "neg", "tp", "tn", "posrate", "TPR", "TNR", "mA", "prec"));
        for (AttributeResult a : attributes) {
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %6d %6d %6d %6d %7s %6s %6s %6s %6s%n",
                    a.token(), a.positives(), a.negatives(), a.tp(), a.tn(), fmt(a.positiveRate()),
                    fmt(a.tpr()), fmt(a.tnr()), fmt(a.meanAccuracy()), fmt(a.precision())));
        }
        sb.append(String.format(Locale.ROOT, "instances %d, threshold %s%n", instances, fmt(threshold)));
        sb.append(String.format(Locale.ROOT, "mA %s over %d attributes%s%n", fmt(meanAccuracy),
                attributes.size() - undefinedAttributes().size(),
                undefinedAttributes().isEmpty() ? "" : " (undefined, left out: " + undefinedAttributes() + ")"));
        sb.append(String.format(Locale.ROOT, "instance accuracy %s, precision %s, recall %s, F1 %s (mean per-instance F1 %s)%n",
                fmt(instance.accuracy()), fmt(instance.precision()), fmt(instance.recall()), fmt(instance.f1()),
                fmt(instance.meanInstanceF1())));
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
