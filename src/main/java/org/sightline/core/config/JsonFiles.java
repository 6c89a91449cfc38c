package org.sightline.core.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Settings files as JSON (Gson), written to a temporary file and moved into place atomically. */
public final class JsonFiles {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonFiles() {
    }

    /** The file's content, or empty when it does not exist; a malformed file is an IOException naming it. */
    public static <T> Optional<T> read(Path file, Class<T> type) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(GSON.fromJson(reader, type));
        } catch (JsonParseException e) {
            throw new IOException("Settings file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Replaces the file with {@code value} as JSON; readers see the old or the new file, never a mix. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFiles.writeString(file, GSON.toJson(value));
    }
}
