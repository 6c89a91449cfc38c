package org.sightline.core.models;

import org.sightline.core.config.AtomicFiles;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the SHA-256 of files that passed verification, keyed by (absolute path, size, modification
 * time), so startup need not rehash hundreds of megabytes. Persisted as JSON, written atomically.
 * A file whose modification time is too close to the moment it was hashed is not remembered: a later
 * same-size write within the file system's timestamp granularity would otherwise go unnoticed.
 */
public final class VerificationCache {
    static final long RACY_WINDOW_NANOS = 3_000_000_000L;

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

    private VerificationCache(Path file) {
        this.file = file;
    }

    /** A cache persisted in {@code file}; an unreadable or corrupt file just starts an empty cache. */
    public static VerificationCache load(Path file) {
        VerificationCache cache = new VerificationCache(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Stored stored = cache.gson.fromJson(reader, Stored.class);
            if (stored != null && stored.version == 1 && stored.entries != null) {
                for (Entry entry : stored.entries) {
                    if (entry != null && entry.path != null && entry.sha256 != null) {
                        cache.entries.put(entry.path, entry);
                    }
                }
            }
        } catch (NoSuchFileException absent) {
            // first run
        } catch (IOException | JsonParseException e) {
            // a cache only saves time; a damaged one is rebuilt
        }
        return cache;
    }

    /** The remembered SHA-256 of this exact file state, if it was verified before. */
    public synchronized Optional<String> lookup(Path path, long size, long mtimeNanos) {
        Entry entry = entries.get(key(path));
        if (entry == null || entry.size != size || entry.mtimeNanos != mtimeNanos) {
            return Optional.empty();
        }
        return Optional.of(entry.sha256);
    }

    /** Remembers a verified file and saves the cache, unless its timestamp is too recent to trust. */
    public synchronized void remember(Path path, long size, long mtimeNanos, String sha256, long nowNanos) {
        if (nowNanos - mtimeNanos < RACY_WINDOW_NANOS) {
            return;
        }
        Entry entry = new Entry();
        entry.path = key(path);
        entry.size = size;
        entry.mtimeNanos = mtimeNanos;
        entry.sha256 = sha256;
        entries.put(entry.path, entry);
        save();
    }

    public synchronized void forget(Path path) {
        if (entries.remove(key(path)) != null) {
            save();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private void save() {
        Stored stored = new Stored();
        stored.version = 1;
        stored.entries = new ArrayList<>(entries.values());
        try {
            AtomicFiles.writeString(file, gson.toJson(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the model verification cache " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static final class Stored {
        int version;
        List<Entry> entries;
    }

    private static final class Entry {
        String path;
        long size;
        long mtimeNanos;
        String sha256;
    }
}
