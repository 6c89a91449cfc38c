package org.sightline.core.attributes.eval;

/**
 * Instance-based (example-based) metrics of the PAR literature, each averaged over instances:
 * accuracy |P∩G|/|P∪G|, precision |P∩G|/|P|, recall |P∩G|/|G|, with 0 wherever the denominator is 0
 * (what the reference code's {@code x / (y + 1e-20)} gives). {@code f1} is 2PR/(P+R) of the averaged
 * precision and recall (Li et al. 2015; Jia et al. 2020); {@code meanInstanceF1} averages each
 * instance's own F1 instead (as later versions of the Rethinking-of-PAR code do).
 */
public record InstanceMetrics(double accuracy, double precision, double recall, double f1, double meanInstanceF1) {
}
