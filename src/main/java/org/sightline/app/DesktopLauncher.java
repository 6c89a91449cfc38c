package org.sightline.app;

import org.sightline.core.cases.RecentCases;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.pipeline.ModelStoreEngines;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.ui.SightlineApp;

/**
 * Opens the desktop window with the real case store, job runner, ingest engines and device detection. Every
 * model (detector, re-ID, attributes, description search, tuning) runs on the compute device of the settings
 * read here, at start; a change in the Models view applies at the next start.
 */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** @param initialCase a case folder to open once the window is up, or null */
    static void launch(String[] args, java.nio.file.Path initialCase) {
        AppPaths paths = AppPaths.fromEnvironment();
        Settings settings = Settings.load(paths);
        ComputeDevice requested = ComputeDevice.fromSetting(settings.effectiveComputeDevice());
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
        try (JobRunner jobs = new JobRunner(workers)) {
            SightlineApp.launchApp(args, new StoreCaseGateway(RecentCases.fromEnvironment()), jobs,
                    new ModelStoreEngines(ModelStore.forApp(paths), requested),
                    () -> new DjlDeviceSelector().select(requested).describe(),
                    AttributeModelWiring.port(paths, settings),
                    store -> new CaseSearchPort(store, jobs, requested), initialCase, TuningWiring.port(paths, settings));
        }
    }
}
