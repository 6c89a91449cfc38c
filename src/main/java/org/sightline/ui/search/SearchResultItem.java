package org.sightline.ui.search;

import java.nio.file.Path;
import java.util.Optional;

/** One result as the grid shows it: rank, detection, ranking score, cosine similarity and thumbnail. */
public record SearchResultItem(int rank, long detectionId, double score, double similarity, Optional<Path> thumbnail) {
}
