package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models folder inside an installed application sits between the user's folder and the mirror. */
class BundledModelsTest {
    private static final String PATH = "detector/test.onnx";
    private final byte[] content = TestModels.randomBytes(20_000, 11);

    @TempDir
    Path temp;
    private Path user;
    private Path bundled;
    private Path mirror;
    private ModelCatalog catalog;
    private ModelStore store;

    @BeforeEach
    void setUp() {
        user = temp.resolve("user");
        bundled = temp.resolve("app/models");
        mirror = temp.resolve("mirror");
        catalog = TestModels.catalogWith("test-model", PATH, content, null);
        store = new ModelStore(catalog, user, Optional.of(bundled), Optional.of(mirror),
                new FileVerifier(VerificationCache.load(temp.resolve("cache/verification.json"))));
    }

    private ModelFile file() {
        return catalog.require("test-model").files().getFirst();
    }

    @Test
    void bundledCopyIsUsedBeforeTheMirror() throws Exception {
        TestModels.writeOld(bundled.resolve(PATH), content);
        TestModels.writeOld(mirror.resolve(PATH), content);
        ResolvedFile resolved = store.resolve("test-model").files().getFirst();
        assertEquals(bundled.resolve(PATH), resolved.path());
        assertEquals(ModelLocation.BUNDLED, resolved.location());
        FileStatus status = store.status(catalog.require("test-model"), file());
        assertEquals(FileState.FOUND_BUNDLED, status.state());
        assertTrue(status.state().isUsable());
    }

    @Test
    void userCopyWinsOverTheBundledOne() throws Exception {
        TestModels.writeOld(user.resolve(PATH), content);
        TestModels.writeOld(bundled.resolve(PATH), content);
        assertEquals(ModelLocation.USER_FOLDER, store.resolve("test-model").files().getFirst().location());
    }

    @Test
    void damagedBundledCopyFallsThroughToTheMirror() throws Exception {
        TestModels.writeOld(bundled.resolve(PATH), Arrays.copyOf(content, 100));
        TestModels.writeOld(mirror.resolve(PATH), content);
        assertEquals(ModelLocation.MIRROR, store.resolve("test-model").files().getFirst().location());
        assertEquals(2, store.checkPresentCopies(catalog.require("test-model")).size());
    }

    @Test
    void missingMessageNamesTheBundledFolder() {
        ModelMissingException e = org.junit.jupiter.api.Assertions.assertThrows(ModelMissingException.class,
                () -> store.resolve("test-model"));
        assertTrue(e.getMessage().contains("bundled models in " + bundled), e.getMessage());
    }

    @Test
    void bundledPropertyIsUsedOnlyWhenItNamesAFolder() throws Exception {
        assertEquals(Optional.empty(), ModelStore.locateBundled(null));
        assertEquals(Optional.empty(), ModelStore.locateBundled(" "));
        assertEquals(Optional.empty(), ModelStore.locateBundled(temp.resolve("absent").toString()));
        Files.createDirectories(bundled);
        assertEquals(Optional.of(bundled), ModelStore.locateBundled(bundled.toString()));
    }
}
