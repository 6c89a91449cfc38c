package org.sightline.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void missingFileGivesDefaultsAndSavedValuesComeBack(@TempDir Path home) {
        AppPaths paths = new AppPaths(home);
        assertEquals(Settings.DEFAULTS, Settings.load(paths));
        new Settings("cpu", "/mirror", "clip-vit-b-16").save(paths);
        Settings loaded = Settings.load(paths);
        assertEquals("cpu", loaded.computeDevice());
        assertEquals("/mirror", loaded.modelMirrorSetting().orElseThrow());
        assertEquals("clip-vit-b-16", loaded.searchModel());
    }

    @Test
    void partialFileKeepsDefaultsForMissingFields(@TempDir Path home) throws Exception {
        AppPaths paths = new AppPaths(home);
        Files.writeString(paths.settingsFile(), "{\"modelMirror\": \"\"}");
        Settings loaded = Settings.load(paths);
        assertEquals("auto", loaded.computeDevice());
        assertTrue(loaded.modelMirrorSetting().isEmpty());
        assertEquals(Settings.DEFAULT_SEARCH_MODEL, loaded.searchModel());
    }

    @Test
    void malformedFileIsReportedWithItsPath(@TempDir Path home) throws Exception {
        AppPaths paths = new AppPaths(home);
        Files.writeString(paths.settingsFile(), "{ not json");
        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> Settings.load(paths));
        assertTrue(thrown.getMessage().contains(paths.settingsFile().toString()), thrown.getMessage());
    }
}
