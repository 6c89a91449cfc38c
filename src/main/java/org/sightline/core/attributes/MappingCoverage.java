package org.sightline.core.attributes;

import java.util.List;

/**
 * Which attributes of a schema a mapped predictor scores ({@code covered}, schema order), which it
 * does not ({@code uncovered}), and which mapped tokens the schema lacks ({@code unused}).
 */
public record MappingCoverage(String schemaId, List<String> covered, List<String> uncovered, List<String> unused) {

    public MappingCoverage {
        covered = List.copyOf(covered);
        uncovered = List.copyOf(uncovered);
        unused = List.copyOf(unused);
    }

    public double fraction() {
        int total = covered.size() + uncovered.size();
        return total == 0 ? 0 : (double) covered.size() / total;
    }
}
