package org.sightline.core.models;

import java.nio.file.Path;
import java.util.List;

/** A model whose every file was found and verified; only these paths may be given to an engine. */
public record ResolvedModel(ModelEntry entry, List<ResolvedFile> files) {
    public ResolvedModel {
        files = List.copyOf(files);
    }

    /** The verified path of the file with this catalog path. */
    public Path path(String relativePath) {
        return files.stream().filter(file -> file.file().path().equals(relativePath)).findFirst()
                .map(ResolvedFile::path)
                .orElseThrow(() -> new IllegalArgumentException("Model '" + entry.id() + "' has no file '"
                        + relativePath + "'"));
    }

    /** The verified path of a single-file model. */
    public Path onlyFile() {
        if (files.size() != 1) {
            throw new IllegalStateException("Model '" + entry.id() + "' has " + files.size() + " files");
        }
        return files.getFirst().path();
    }
}
