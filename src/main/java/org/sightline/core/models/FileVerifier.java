package org.sightline.core.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Checks a file against its catalog entry: size first (cheap), then SHA-256, remembering successes. */
public final class FileVerifier {
    static final String ADVICE = "it will not be loaded; delete it and copy or download it again";

    /** Computes a file's SHA-256; replaceable so tests can count how often files are hashed. */
    @FunctionalInterface
    interface Hasher {
        String sha256(Path file) throws IOException;
    }

    private final VerificationCache cache;
    private final Hasher hasher;

    public FileVerifier(VerificationCache cache) {
        this(cache, Sha256::of);
    }

    FileVerifier(VerificationCache cache, Hasher hasher) {
        this.cache = cache;
        this.hasher = hasher;
    }

    /** Returns normally only when {@code path} is exactly the catalogued file; cached results are trusted. */
    public void verify(Path path, ModelFile expected) throws IOException {
        check(path, expected, true);
    }

    /** Like {@link #verify} but always hashes the whole file; returns its SHA-256. */
    public String verifyFully(Path path, ModelFile expected) throws IOException {
        return check(path, expected, false);
    }

    private String check(Path path, ModelFile expected, boolean useCache) throws IOException {
        BasicFileAttributes attributes = attributes(path);
        long size = attributes.size();
        if (expected.size().isPresent() && expected.size().getAsLong() != size) {
            throw new ModelVerificationException(path, ModelVerificationException.Check.SIZE,
                    Long.toString(expected.size().getAsLong()), Long.toString(size), ADVICE);
        }
        long mtimeNanos = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (useCache) {
            Optional<String> remembered = cache.lookup(path, size, mtimeNanos);
            if (remembered.isPresent() && remembered.get().equals(expected.sha256())) {
                return remembered.get();
            }
        }
        String actual = hasher.sha256(path);
        if (!actual.equals(expected.sha256())) {
            cache.forget(path);
            throw new ModelVerificationException(path, ModelVerificationException.Check.SHA256,
                    expected.sha256(), actual, ADVICE);
        }
        BasicFileAttributes after = attributes(path);
        if (after.size() == size && after.lastModifiedTime().to(TimeUnit.NANOSECONDS) == mtimeNanos) {
            cache.remember(path, size, mtimeNanos, actual, nowNanos());
        }
        return actual;
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException("Model file " + path + " is not a regular file");
        }
        return attributes;
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
