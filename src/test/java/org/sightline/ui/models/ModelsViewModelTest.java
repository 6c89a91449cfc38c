package org.sightline.ui.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.FileVerifier;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.VerificationCache;
import org.sightline.core.models.ModelDownloader;
import org.sightline.core.models.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelsViewModelTest {
    private final JobRunner jobs = new JobRunner(1);

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void rowsShowEveryCatalogModelWithItsStateAndTheDeviceSettingIsSaved(@TempDir Path home) throws Exception {
        AppPaths paths = new AppPaths(home);
        ModelStore store = new ModelStore(ModelCatalog.fromClasspath(), paths.modelsDir(), Optional.empty(),
                new FileVerifier(VerificationCache.load(home.resolve("cache.json"))));
        ModelsViewModel model = new ModelsViewModel(store, ModelDownloader.withDefaultClient(store), jobs, Runnable::run, paths);
        model.refresh();
        waitForJobs();
        assertEquals(store.catalog().models().size(), model.rows().size());
        ModelRow detector = model.rows().stream().filter(row -> row.id().equals("nanodet-m-416")).findFirst().orElseThrow();
        assertFalse(detector.usable(), "an empty models folder and no mirror: nothing is usable");
        assertTrue(detector.downloadable(), "a missing model with a download address can be downloaded");
        ModelRow attributes = model.rows().stream()
                .filter(row -> row.id().equals("person-attributes-crossroad-0230")).findFirst().orElseThrow();
        assertFalse(attributes.downloadable(), "a model without a download address cannot be");

        model.deviceSettingProperty().set("cpu");
        model.saveDeviceSetting();
        assertEquals("cpu", Settings.load(paths).computeDevice());
        assertTrue(Files.exists(paths.settingsFile()));

        assertTrue(model.searchModels().containsAll(java.util.List.of("sightline-pedvl", "clip-vit-b-16")));
        assertEquals("sightline-pedvl", model.searchModelSettingProperty().get());
        model.searchModelSettingProperty().set("clip-vit-b-16");
        model.saveSearchModelSetting();
        assertEquals("clip-vit-b-16", Settings.load(paths).searchModel());
        assertEquals("cpu", Settings.load(paths).computeDevice(), "saving one setting keeps the other");
    }

    @Test
    void mirrorCopiesAreReportedUsable(@TempDir Path home) throws Exception {
        String mirror = System.getProperty("sightline.modelMirror");
        org.junit.jupiter.api.Assumptions.assumeTrue(mirror != null && Files.isDirectory(Path.of(mirror)),
                "needs the model mirror (../shared/models) named by -Dsightline.modelMirror");
        AppPaths paths = new AppPaths(home);
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), Optional.of(mirror));
        ModelsViewModel model = new ModelsViewModel(store, ModelDownloader.withDefaultClient(store), jobs, Runnable::run, paths);
        model.refresh();
        waitForJobs();
        ModelRow reid = model.rows().stream().filter(row -> row.id().equals("osnet-x0.25-msmt17")).findFirst().orElseThrow();
        assertTrue(reid.usable(), reid.toString());
        assertFalse(reid.downloadable());
    }

    private void waitForJobs() throws Exception {
        for (var handle : jobs.jobs()) {
            handle.result().get(60, TimeUnit.SECONDS);
        }
    }
}
