package org.sightline.core.cases;

import java.nio.file.Path;
import java.time.Instant;

/** A case the user opened lately. */
public record RecentCase(Path folder, String name, Instant lastOpened) {
}
