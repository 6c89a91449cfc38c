package org.sightline.core.cases;

import java.nio.file.Path;
import java.time.Instant;

public record CaseInfo(Path folder, String name, Instant created, int schemaVersion) {
}
