package org.sightline.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppPathsTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void propertyWinsOverEnvironment() {
        AppPaths paths = AppPaths.resolve("/data/sl", Map.of("SIGHTLINE_HOME", "/other"), home);
        assertEquals(Path.of("/data/sl"), paths.home());
    }

    @Test
    void explicitEnvironmentThenXdgThenLocalShare() {
        assertEquals(Path.of("/srv/sl"), AppPaths.resolve(null, Map.of("SIGHTLINE_HOME", "/srv/sl"), home).home());
        assertEquals(Path.of("/xdg/sightline"), AppPaths.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), home).home());
        AppPaths fallback = AppPaths.resolve("", Map.of(), home);
        assertEquals(Path.of("/home/ana/.local/share/sightline"), fallback.home());
        assertEquals(fallback.home().resolve("models"), fallback.modelsDir());
        assertEquals(fallback.home().resolve("cache"), fallback.cacheDir());
    }
}
