package org.sightline.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's settings, kept as JSON in {@link AppPaths#settingsFile()}. Missing fields mean
 * "use the default"; an unreadable file is reported, never silently replaced.
 *
 * @param computeDevice {@code auto}, {@code cpu} or {@code gpu}
 * @param modelMirror   a folder holding model files in the catalog's layout, searched after the user's models folder
 * @param searchModel   the vision-language model that description search and its embeddings use
 */
public record Settings(String computeDevice, String modelMirror, String searchModel) {

    public static final String DEFAULT_SEARCH_MODEL = "sightline-pedvl";
    public static final Settings DEFAULTS = new Settings("auto", null, DEFAULT_SEARCH_MODEL);

    public static Settings load(AppPaths paths) {
        try {
            Settings stored = JsonFiles.read(paths.settingsFile(), Settings.class).orElse(DEFAULTS);
            return new Settings(stored.computeDevice == null ? DEFAULTS.computeDevice : stored.computeDevice,
                    stored.modelMirror,
                    stored.searchModel == null || stored.searchModel.isBlank() ? DEFAULT_SEARCH_MODEL : stored.searchModel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void save(AppPaths paths) {
        try {
            JsonFiles.write(paths.settingsFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + paths.settingsFile() + ": " + e.getMessage(), e);
        }
    }

    /** The device override: system property {@code sightline.device}, else {@code SIGHTLINE_DEVICE}, else this setting. */
    public String effectiveComputeDevice() {
        String property = System.getProperty("sightline.device");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("SIGHTLINE_DEVICE");
        return env != null && !env.isBlank() ? env : computeDevice;
    }

    public Optional<String> modelMirrorSetting() {
        return Optional.ofNullable(modelMirror).filter(value -> !value.isBlank());
    }

    public Settings withComputeDevice(String device) {
        return new Settings(device, modelMirror, searchModel);
    }

    public Settings withSearchModel(String modelId) {
        return new Settings(computeDevice, modelMirror, modelId);
    }
}
