package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {
    private static final String PATH = "reid/test.onnx";
    private final byte[] content = TestModels.randomBytes(50_000, 7);
    private final AtomicInteger hashes = new AtomicInteger();

    @TempDir
    Path temp;
    private Path user;
    private Path mirror;
    private ModelCatalog catalog;
    private ModelStore store;

    @BeforeEach
    void setUp() {
        user = temp.resolve("user");
        mirror = temp.resolve("mirror");
        catalog = TestModels.catalogWith("test-model", PATH, content, null);
        store = storeWithCache(temp.resolve("cache/model-verification.json"));
    }

    private ModelStore storeWithCache(Path cacheFile) {
        FileVerifier verifier = new FileVerifier(VerificationCache.load(cacheFile), file -> {
            hashes.incrementAndGet();
            return Sha256.of(file);
        });
        return new ModelStore(catalog, user, Optional.of(mirror), verifier);
    }

    private ModelEntry entry() {
        return catalog.require("test-model");
    }

    @Test
    void userFolderWinsOverMirror() throws Exception {
        TestModels.writeOld(user.resolve(PATH), content);
        TestModels.writeOld(mirror.resolve(PATH), content);
        ResolvedModel model = store.resolve("test-model");
        assertEquals(user.resolve(PATH), model.onlyFile());
        assertEquals(ModelLocation.USER_FOLDER, model.files().getFirst().location());
        assertEquals(FileState.FOUND_IN_USER_FOLDER, store.status(entry(), entry().files().getFirst()).state());
    }

    @Test
    void mirrorIsUsedWhenTheUserFolderLacksTheFile() throws Exception {
        TestModels.writeOld(mirror.resolve(PATH), content);
        assertEquals(mirror.resolve(PATH), store.resolve("test-model").onlyFile());
        assertEquals(FileState.FOUND_IN_MIRROR, store.status(entry(), entry().files().getFirst()).state());
    }

    @Test
    void flippedByteIsRejectedNamingFileAndBothHashes() throws Exception {
        byte[] flipped = content.clone();
        flipped[12_345] ^= 0x01;
        Path bad = TestModels.writeOld(user.resolve(PATH), flipped);
        ModelVerificationException e = assertThrows(ModelVerificationException.class,
                () -> store.resolve("test-model"));
        assertEquals(ModelVerificationException.Check.SHA256, e.check());
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + TestModels.sha256(content)), e.getMessage());
        assertTrue(e.getMessage().contains("actual " + TestModels.sha256(flipped)), e.getMessage());
        assertEquals(FileState.BAD_CHECKSUM, store.status(entry(), entry().files().getFirst()).state());
    }

    @Test
    void truncatedCopyIsRejectedBySizeWithoutHashing() throws Exception {
        byte[] truncated = java.util.Arrays.copyOf(content, content.length - 1000);
        Path bad = TestModels.writeOld(user.resolve(PATH), truncated);
        ModelVerificationException e = assertThrows(ModelVerificationException.class,
                () -> store.resolve("test-model"));
        assertEquals(ModelVerificationException.Check.SIZE, e.check());
        assertTrue(e.getMessage().contains(bad + " has the wrong size"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 50000 bytes, actual 49000 bytes"), e.getMessage());
        assertEquals(0, hashes.get(), "a file of the wrong size is rejected before hashing");
    }

    @Test
    void badUserCopyFallsBackToAGoodMirrorCopyButIsReportedByVerify() throws Exception {
        TestModels.writeOld(user.resolve(PATH), java.util.Arrays.copyOf(content, 10));
        TestModels.writeOld(mirror.resolve(PATH), content);
        assertEquals(mirror.resolve(PATH), store.resolve("test-model").onlyFile());
        var checks = store.checkPresentCopies(entry());
        assertEquals(2, checks.size());
        assertEquals(false, checks.get(0).ok());
        assertEquals(ModelLocation.USER_FOLDER, checks.get(0).location());
        assertEquals(true, checks.get(1).ok());
    }

    @Test
    void missingFileSaysWhereItLookedAndHowToGetIt() {
        ModelMissingException e = assertThrows(ModelMissingException.class, () -> store.resolve("test-model"));
        assertTrue(e.getMessage().contains(user.resolve("reid").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("mirror folder " + mirror), e.getMessage());
        assertTrue(e.getMessage().contains("no download address: copy it to " + user.resolve(PATH)), e.getMessage());
        assertEquals(FileState.MISSING, store.status(entry(), entry().files().getFirst()).state());
    }

    @Test
    void verificationIsRememberedAcrossRestartsKeyedBySizeAndTime() throws Exception {
        Path cacheFile = temp.resolve("cache/model-verification.json");
        Path file = TestModels.writeOld(user.resolve(PATH), content);
        store.resolve("test-model");
        store.resolve("test-model");
        assertEquals(1, hashes.get(), "second resolve uses the remembered hash");
        assertTrue(Files.readString(cacheFile).contains(TestModels.sha256(content)));

        ModelStore restarted = storeWithCache(cacheFile);
        restarted.resolve("test-model");
        assertEquals(1, hashes.get(), "a new store reads the persisted cache");

        byte[] flipped = content.clone();
        flipped[0] ^= 0x01;
        TestModels.writeOld(file, flipped);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 1000));
        assertThrows(ModelVerificationException.class, () -> restarted.resolve("test-model"));
        assertEquals(2, hashes.get(), "a changed modification time forces a rehash");
    }

    @Test
    void freshlyWrittenFilesAreNotRemembered() throws Exception {
        Path file = user.resolve(PATH);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        store.resolve("test-model");
        store.resolve("test-model");
        assertEquals(2, hashes.get(), "timestamps within the racy window are not trusted");
    }

    @Test
    void mirrorComesFromPropertyThenEnvironmentThenSetting() {
        Map<String, String> env = Map.of(ModelStore.MIRROR_ENV, "/env/models");
        assertEquals(Optional.of(Path.of("/prop/models")),
                ModelStore.locateMirror("/prop/models", env, Optional.of("/setting/models")));
        assertEquals(Optional.of(Path.of("/env/models")),
                ModelStore.locateMirror(" ", env, Optional.of("/setting/models")));
        assertEquals(Optional.of(Path.of("/setting/models")),
                ModelStore.locateMirror(null, Map.of(), Optional.of("/setting/models")));
        assertEquals(Optional.empty(), ModelStore.locateMirror(null, Map.of(), Optional.empty()));
    }

    @Test
    void corruptCacheFileIsIgnored() throws Exception {
        Path cacheFile = temp.resolve("cache/model-verification.json");
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{ not json");
        TestModels.writeOld(user.resolve(PATH), content);
        assertEquals(user.resolve(PATH), storeWithCache(cacheFile).resolve("test-model").onlyFile());
        assertTrue(Files.readString(cacheFile).contains("\"version\": 1"), "rewritten as a valid cache");
    }
}
