package org.sightline.core.models;

import java.nio.file.Path;

/** The result of fully hashing one present copy of a model file (the `models verify` command). */
public record FileCheck(ModelEntry model, ModelFile file, ModelLocation location, Path path, boolean ok,
                        String detail) {
}
