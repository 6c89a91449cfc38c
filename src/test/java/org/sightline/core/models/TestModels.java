package org.sightline.core.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;

/** Helpers shared by the model tests: small catalogs, generated model bytes, the shared mirror. */
public final class TestModels {
    private TestModels() {
    }

    /** A one-model catalog whose single file is {@code path}; {@code url} may be null. */
    public static ModelCatalog catalogWith(String id, String path, byte[] content, String url) {
        String json = """
                {"formatVersion": 1, "models": [{
                  "id": "%s", "name": "Test model %s", "role": "reid", "engine": "OnnxRuntime",
                  "task": {"inputShape": [1, 3, 8, 4], "colourOrder": "RGB",
                           "normalisation": {"divideBy": 255, "mean": [0, 0, 0], "std": [1, 1, 1]},
                           "outputs": ["embedding 1 x 4"]},
                  "licence": "test", "source": "made by the test",
                  "files": [{"path": "%s", "sha256": "%s", "size": %d, "url": %s}]
                }]}""".formatted(id, id, path, sha256(content), content.length,
                url == null ? "null" : "\"" + url + "\"");
        return ModelCatalog.parse(json, "test catalog");
    }

    public static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static String sha256(byte[] content) {
        java.security.MessageDigest digest = Sha256.newDigest();
        return java.util.HexFormat.of().formatHex(digest.digest(content));
    }

    /** Writes a file and back-dates it so the verification cache trusts its timestamp. */
    public static Path writeOld(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    /** The shared model mirror named by the build, or the test is skipped saying what is missing. */
    public static Path sharedMirror() {
        String property = System.getProperty(ModelStore.MIRROR_PROPERTY);
        Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property)),
                "model mirror not found: system property " + ModelStore.MIRROR_PROPERTY + " = " + property
                        + " (expected ../shared/models with the real model files)");
        return Path.of(property);
    }
}
