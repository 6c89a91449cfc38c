package org.sightline.core.cases.footage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One person as grouped in the case: how many detections and tracks show them, a representative
 * detection (the highest-scoring one, the larger box on ties) with its thumbnail, and the sources
 * they appear in (ids, ascending).
 */
public record IdentitySummary(long id, Optional<String> label, int detections, int tracks,
                              long representativeDetectionId, Optional<Path> representativeThumbnail,
                              List<Long> sourceIds) {

    public IdentitySummary {
        sourceIds = List.copyOf(sourceIds);
    }
}
