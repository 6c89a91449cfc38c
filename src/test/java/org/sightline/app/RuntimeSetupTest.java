package org.sightline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every library that unpacks native code is pointed into the application-data folder. */
class RuntimeSetupTest {
    private static final List<String> CACHE_PROPERTIES = List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR",
            "org.bytedeco.javacpp.cachedir", "javafx.cachedir", "jna.tmpdir", "org.sqlite.tmpdir");
    private Properties saved;

    @TempDir
    Path home;

    @BeforeEach
    void isolate() {
        saved = (Properties) System.getProperties().clone();
        CACHE_PROPERTIES.forEach(System::clearProperty);
        System.setProperty("sightline.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setProperties(saved);
    }

    @Test
    void nativeCachesGoUnderTheAppDataCacheFolder() {
        System.setProperty("jna.tmpdir", "/chosen/by/user");
        RuntimeSetup.apply();
        Map<String, String> expected = Map.of("DJL_CACHE_DIR", "djl", "ENGINE_CACHE_DIR", "djl-engines",
                "org.bytedeco.javacpp.cachedir", "javacpp", "javafx.cachedir", "javafx",
                "org.sqlite.tmpdir", "sqlite");
        expected.forEach((key, folder) ->
                assertEquals(home.resolve("cache").resolve(folder).toString(), System.getProperty(key), key));
        assertTrue(Files.isDirectory(home.resolve("cache/sqlite")), "sqlite-jdbc needs its folder to exist");
        assertEquals("/chosen/by/user", System.getProperty("jna.tmpdir"), "an explicit value wins");
    }

    @Test
    void aSourceCheckoutUsesItsOwnModelsFolderAsTheBundledModels(@TempDir Path checkout) throws Exception {
        Files.createDirectories(checkout.resolve("models"));
        Files.writeString(checkout.resolve("models/catalog.json"), "{}");
        Files.createDirectories(checkout.resolve("target/classes"));
        assertEquals(checkout.resolve("models").toAbsolutePath(),
                RuntimeSetup.checkoutModels(checkout.resolve("target/sightline.jar")).orElseThrow());
        assertEquals(checkout.resolve("models").toAbsolutePath(),
                RuntimeSetup.checkoutModels(checkout.resolve("target/classes")).orElseThrow());
        assertTrue(RuntimeSetup.checkoutModels(checkout.resolve("lib/app/sightline.jar")).isEmpty(),
                "an installed app sets the property itself");
    }
}
