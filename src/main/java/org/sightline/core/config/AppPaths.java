package org.sightline.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Sightline keeps its own files: one application-data folder holding settings, the user's
 * models and native-library caches, never scattered over the home folder.
 * Resolution: system property {@code sightline.home}, then environment {@code SIGHTLINE_HOME},
 * then {@code $XDG_DATA_HOME/sightline}, then {@code ~/.local/share/sightline}.
 */
public record AppPaths(Path home) {

    public static AppPaths fromEnvironment() {
        return resolve(System.getProperties().getProperty("sightline.home"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    static AppPaths resolve(String property, Map<String, String> env, Path userHome) {
        if (property != null && !property.isBlank()) {
            return new AppPaths(Path.of(property).toAbsolutePath());
        }
        String explicit = env.get("SIGHTLINE_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new AppPaths(Path.of(explicit).toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new AppPaths(base.resolve("sightline").toAbsolutePath());
    }

    /** The user's models folder, searched first by the model store. */
    public Path modelsDir() {
        return home.resolve("models");
    }

    /** Native libraries and engine caches (DJL, JavaCPP, JavaFX). */
    public Path cacheDir() {
        return home.resolve("cache");
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    /** The recently opened cases, most recent first. */
    public Path recentCasesFile() {
        return home.resolve("recent-cases.json");
    }

    public Path ensureExists(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
