package org.sightline.core.models;

import java.nio.file.Path;

/** A model file that passed verification, and where it lies. */
public record ResolvedFile(ModelFile file, Path path, ModelLocation location) {
}
