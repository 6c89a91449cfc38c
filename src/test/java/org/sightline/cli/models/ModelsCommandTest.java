package org.sightline.cli.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.models.FileVerifier;
import org.sightline.core.models.LocalModelServer;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelDownloader;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.TestModels;
import org.sightline.core.models.VerificationCache;
import picocli.CommandLine;

class ModelsCommandTest {
    private static final String PATH = "reid/test.onnx";
    private final byte[] content = TestModels.randomBytes(200_000, 5);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temp;
    private Path user;
    private Path mirror;

    @BeforeEach
    void setUp() {
        user = temp.resolve("user");
        mirror = temp.resolve("mirror");
    }

    private int run(ModelCatalog catalog, String... args) {
        ModelStore store = new ModelStore(catalog, user, Optional.of(mirror),
                new FileVerifier(VerificationCache.load(temp.resolve("cache.json"))));
        ModelsCommand command = new ModelsCommand(store, new ModelDownloader(store, HttpClient.newHttpClient()));
        return new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void verifyPassesForGoodFilesAndFailsForAFlippedByte() throws Exception {
        ModelCatalog catalog = TestModels.catalogWith("test-model", PATH, content, null);
        TestModels.writeOld(mirror.resolve(PATH), content);
        assertEquals(0, run(catalog, "verify"));
        assertTrue(out.toString().contains("OK        test-model  " + mirror.resolve(PATH) + "  (mirror)"),
                out.toString());

        byte[] flipped = content.clone();
        flipped[100] ^= 0x10;
        TestModels.writeOld(user.resolve(PATH), flipped);
        assertEquals(1, run(catalog, "verify"));
        String text = out.toString();
        assertTrue(text.contains("MISMATCH  test-model  " + user.resolve(PATH) + "  (user folder)"), text);
        assertTrue(text.contains("actual " + TestModels.sha256(flipped)), text);
        assertTrue(text.contains("1 file(s) OK, 1 mismatched, 0 missing"), text);
    }

    @Test
    void verifyFailsForATruncatedFileAndListsMissingOnesWithoutFailing() throws Exception {
        ModelCatalog catalog = TestModels.catalogWith("test-model", PATH, content, null);
        assertEquals(0, run(catalog, "verify"));
        assertTrue(out.toString().contains("MISSING   test-model  " + PATH), out.toString());

        TestModels.writeOld(user.resolve(PATH), Arrays.copyOf(content, 1000));
        assertEquals(1, run(catalog, "verify", "test-model"));
        assertTrue(out.toString().contains("expected 200000 bytes, actual 1000 bytes"), out.toString());
    }

    @Test
    void verifyOfTheSharedMirrorPasses() {
        Path shared = TestModels.sharedMirror();
        mirror = shared;
        assertEquals(0, run(ModelCatalog.fromClasspath(), "verify"));
        String text = out.toString();
        // The mirror holds the third-party files; the project's own model ships in models/, not the mirror.
        assertTrue(text.contains("5 file(s) OK, 0 mismatched, 6 missing"), text);
        assertTrue(text.contains("MISSING   sightline-pedvl  sightline-pedvl/config.json"), text);
        assertTrue(text.contains("MISSING   clip-vit-b-32  clip/ViT-B-32.pt"), text);
    }

    @Test
    void listShowsEachModelsStatus() throws Exception {
        String json = """
                {"formatVersion": 1, "models": [%s, %s, %s, %s]}""".formatted(
                entry("in-user", "a/user.bin", content), entry("in-mirror", "a/mirror.bin", content),
                entry("absent", "a/absent.bin", content), entry("corrupt", "a/bad.bin", content));
        ModelCatalog catalog = ModelCatalog.parse(json, "test");
        TestModels.writeOld(user.resolve("a/user.bin"), content);
        TestModels.writeOld(mirror.resolve("a/mirror.bin"), content);
        TestModels.writeOld(user.resolve("a/bad.bin"), Arrays.copyOf(content, 10));

        assertEquals(0, run(catalog, "list"));
        String text = out.toString();
        assertRow(text, "in-user", "found in user folder");
        assertRow(text, "in-mirror", "found in mirror");
        assertRow(text, "absent", "missing");
        assertRow(text, "corrupt", "bad checksum");
        assertTrue(text.contains("reid                  OnnxRuntime  195.3 KiB"), text);
        assertTrue(text.contains("Models folder: " + user), text);
    }

    @Test
    void downloadFetchesTheModelWithProgressOnStderr() throws Exception {
        try (LocalModelServer server = new LocalModelServer(content)) {
            ModelCatalog catalog = TestModels.catalogWith("test-model", PATH, content, server.url());
            assertEquals(0, run(catalog, "download", "test-model"));
            assertTrue(err.toString().contains("Downloading test.onnx: 100% (195.3 KiB of 195.3 KiB)"), err.toString());
            assertTrue(out.toString().contains(user.resolve(PATH) + " (user folder, SHA-256 verified)"),
                    out.toString());
            assertTrue(Files.exists(user.resolve(PATH)));

            server.serveBytes(TestModels.randomBytes(content.length, 99));
            Files.delete(user.resolve(PATH));
            assertEquals(1, run(catalog, "download", "test-model"));
            assertTrue(err.toString().contains("fails its SHA-256 check"), err.toString());
        }
    }

    @Test
    void downloadOfAnUnknownModelNamesTheKnownOnes() {
        ModelCatalog catalog = TestModels.catalogWith("test-model", PATH, content, null);
        assertEquals(2, run(catalog, "download", "nope"));
        assertTrue(err.toString().contains("known models: test-model"), err.toString());
    }

    private static void assertRow(String text, String id, String status) {
        assertTrue(text.lines().anyMatch(line -> line.startsWith(id + " ") && line.endsWith(status)), text);
    }

    private static String entry(String id, String path, byte[] bytes) {
        return """
                {"id": "%s", "name": "n", "role": "reid", "engine": "OnnxRuntime",
                 "task": {"inputShape": [1, 3, 8, 4], "colourOrder": "RGB",
                          "normalisation": {"divideBy": 255, "mean": [0, 0, 0], "std": [1, 1, 1]},
                          "outputs": ["o"]},
                 "licence": "l", "source": "s",
                 "files": [{"path": "%s", "sha256": "%s", "size": %d, "url": null}]}"""
                .formatted(id, path, TestModels.sha256(bytes), bytes.length);
    }
}
