package org.sightline.app;

import org.sightline.core.config.AppPaths;

import java.nio.file.Path;

/**
 * Process-wide settings made before any engine loads: DJL stays offline, and every native-library
 * cache (DJL, PyTorch, JavaCPP, JavaFX, JNA, SQLite) lives in the application-data folder, not the home
 * folder. Values given explicitly on the command line win. (OnnxRuntime and OpenCV unpack theirs into
 * java.io.tmpdir for the life of the process; see installer/README.md.)
 */
final class RuntimeSetup {

    private RuntimeSetup() {
    }

    static void apply() {
        AppPaths paths = AppPaths.fromEnvironment();
        Path cache = paths.cacheDir();
        setDefault("ai.djl.offline", "true");
        setDefault("ai.djl.pytorch.graph_optimizer", "false");
        setDefault("DJL_CACHE_DIR", cache.resolve("djl").toString());
        setDefault("ENGINE_CACHE_DIR", cache.resolve("djl-engines").toString());
        setDefault("org.bytedeco.javacpp.cachedir", cache.resolve("javacpp").toString());
        setDefault("javafx.cachedir", cache.resolve("javafx").toString());
        // JNA (loaded by DJL's CUDA probe) would otherwise unpack into ~/.cache/JNA.
        setDefault("jna.tmpdir", cache.resolve("jna").toString());
        // sqlite-jdbc does not create its folder, and fails to load without it.
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            System.setProperty("org.sqlite.tmpdir", paths.ensureExists(cache.resolve("sqlite")).toString());
        }
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        checkoutModels(codeLocation()).ifPresent(models -> setDefault("sightline.bundledModels", models.toString()));
    }

    /**
     * Run from a source checkout ({@code target/sightline.jar} or {@code target/classes}), the models the
     * project ships are the checkout's {@code models/} folder; the installer sets the property itself.
     */
    static java.util.Optional<Path> checkoutModels(Path code) {
        if (code == null || code.getParent() == null || !code.getParent().getFileName().toString().equals("target")) {
            return java.util.Optional.empty();
        }
        Path models = code.getParent().getParent().resolve("models");
        return java.nio.file.Files.isRegularFile(models.resolve("catalog.json"))
                ? java.util.Optional.of(models.toAbsolutePath()) : java.util.Optional.empty();
    }

    private static Path codeLocation() {
        try {
            return Path.of(RuntimeSetup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
