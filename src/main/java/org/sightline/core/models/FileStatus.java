package org.sightline.core.models;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The state of one catalogued file. {@code path} is the usable copy when found, the rejected copy when
 * bad, empty when missing; {@code detail} explains a rejection.
 */
public record FileStatus(ModelFile file, FileState state, Optional<Path> path, String detail) {
}
