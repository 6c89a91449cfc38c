package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sightline.core.jobs.JobCancelledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDownloaderTest {
    private static final String PATH = "clip/test-weights.pt";
    private final byte[] content = TestModels.randomBytes(1_000_000, 11);

    @TempDir
    Path temp;
    private LocalModelServer server;
    private ModelStore store;
    private ModelDownloader downloader;
    private Path target;
    private Path part;

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalModelServer(content);
        ModelCatalog catalog = TestModels.catalogWith("test-model", PATH, content, server.url());
        Path user = temp.resolve("user");
        store = new ModelStore(catalog, user, Optional.empty(),
                new FileVerifier(VerificationCache.load(temp.resolve("cache.json"))));
        downloader = new ModelDownloader(store, HttpClient.newHttpClient());
        target = user.resolve(PATH);
        part = user.resolve(PATH + ".part");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void downloadsVerifiesAndMovesIntoTheModelsFolder() throws Exception {
        RecordingContext context = new RecordingContext();
        ResolvedModel model = downloader.download("test-model", context);
        assertEquals(target, model.onlyFile());
        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(part));
        assertEquals(content.length, context.lastDone());
        assertEquals(content.length, context.reports.getLast()[1]);
    }

    @Test
    void droppedConnectionKeepsThePartAndTheNextDownloadResumesWithRange() throws Exception {
        server.dropAfter(400_000);
        IOException dropped = assertThrows(IOException.class, () -> downloader.download("test-model",
                new RecordingContext()));
        assertTrue(dropped.getMessage().contains("resumes from there"), dropped.getMessage());
        assertFalse(Files.exists(target));
        long kept = Files.size(part);
        assertTrue(kept > 0 && kept <= 400_000, "partial bytes kept: " + kept);

        server.dropAfter(-1);
        downloader.download("test-model", new RecordingContext());
        assertEquals(List.of("", "bytes=" + kept + "-"), server.rangeHeaders());
        assertArrayEquals(content, Files.readAllBytes(target));
        assertFalse(Files.exists(part));
    }

    @Test
    void wrongBytesAreRejectedAndThePartDeleted() {
        byte[] wrong = content.clone();
        wrong[999_999] ^= 0x40;
        server.serveBytes(wrong);
        ModelVerificationException e = assertThrows(ModelVerificationException.class,
                () -> downloader.download("test-model", new RecordingContext()));
        assertTrue(e.getMessage().contains("expected " + TestModels.sha256(content)), e.getMessage());
        assertTrue(e.getMessage().contains("actual " + TestModels.sha256(wrong)), e.getMessage());
        assertTrue(e.getMessage().contains("was deleted"), e.getMessage());
        assertFalse(Files.exists(part), ".part removed");
        assertFalse(Files.exists(target), "nothing moved into place");
    }

    @Test
    void serverSendingTooManyBytesIsStopped() {
        server.serveBytes(TestModels.randomBytes(content.length + 100_000, 3));
        IOException e = assertThrows(IOException.class, () -> downloader.download("test-model",
                new RecordingContext()));
        assertTrue(e.getMessage().contains("more than the catalogued 1000000 bytes"), e.getMessage());
        assertFalse(Files.exists(part));
    }

    @Test
    void serverIgnoringRangeRestartsFromTheBeginning() throws Exception {
        Files.createDirectories(part.getParent());
        Files.write(part, java.util.Arrays.copyOf(content, 1234));
        server.honourRange(false);
        downloader.download("test-model", new RecordingContext());
        assertEquals(List.of("bytes=1234-"), server.rangeHeaders());
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void cancelKeepsThePartForLater() throws Exception {
        assertThrows(JobCancelledException.class, () -> downloader.download("test-model", new RecordingContext(3)));
        assertTrue(Files.exists(part));
        assertFalse(Files.exists(target));
        downloader.download("test-model", new RecordingContext());
        assertTrue(server.rangeHeaders().get(1).startsWith("bytes="), server.rangeHeaders().toString());
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void fileWithoutAddressCannotBeDownloaded(@TempDir Path other) {
        ModelCatalog catalog = TestModels.catalogWith("offline-model", "par/x.onnx", content, null);
        ModelStore offline = new ModelStore(catalog, other, Optional.empty(),
                new FileVerifier(VerificationCache.load(other.resolve("c.json"))));
        ModelMissingException e = assertThrows(ModelMissingException.class,
                () -> new ModelDownloader(offline, HttpClient.newHttpClient()).download("offline-model",
                        new RecordingContext()));
        assertTrue(e.getMessage().contains("has no download address; copy it to " + other.resolve("par/x.onnx")),
                e.getMessage());
    }
}
