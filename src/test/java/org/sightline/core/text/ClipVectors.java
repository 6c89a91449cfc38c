package org.sightline.core.text;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Locates the CLIP files in the model mirror and reads reference vectors. */
final class ClipVectors {

    record Case(String text, int[] ids, String decoded) {
    }

    record Vectors(String about, List<Case> cases) {
    }

    private ClipVectors() {
    }

    static Path mirrorFile(String name) {
        String mirror = System.getProperty("sightline.modelMirror");
        Assumptions.assumeTrue(mirror != null,
                "System property sightline.modelMirror is not set; CLIP tokenizer tests need clip/" + name);
        Path file = Path.of(mirror, "clip", name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "CLIP file missing from the model mirror: " + file);
        return file;
    }

    static Vectors read(Reader reader) {
        return new Gson().fromJson(reader, Vectors.class);
    }

    static Vectors read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader);
        }
    }
}
