package org.sightline.app;

import org.sightline.core.config.AppPaths;

import java.nio.file.Path;

/**
 * Process-wide settings made before any engine loads: DJL stays offline, and every native-library
 * cache (DJL, PyTorch, JavaCPP, JavaFX) lives in the application-data folder, not the home folder.
 * Values given explicitly on the command line win.
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
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
