package org.sightline.core.cases;

import java.nio.file.Path;
import java.time.Instant;

/** A video file or image folder registered in a case. */
public record Source(long id, SourceKind kind, Path path, String label, Instant added) {
}
