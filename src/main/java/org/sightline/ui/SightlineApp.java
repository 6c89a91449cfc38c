package org.sightline.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.cases.CaseGateway;
import org.sightline.ui.shell.DeviceLabel;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;

/**
 * The desktop application. JavaFX instantiates this class itself, so the composition root hands
 * over its services through {@link #launchApp} before launch.
 */
public final class SightlineApp extends Application {
    private static volatile ShellServices services;
    private static volatile DeviceLabel deviceLabel;
    private static volatile java.nio.file.Path initialCase;
    private ShellViewModel shell;

    /** Starts the UI and blocks until the last window closes. Call once, from the main thread. */
    public static void launchApp(String[] args, ShellServices appServices) {
        services = Objects.requireNonNull(appServices, "appServices");
        Application.launch(SightlineApp.class, args);
    }

    /**
     * Starts the UI with the real services; the compute device is found in the background
     * by {@code deviceDetector} once the window is up.
     */
    public static void launchApp(String[] args, CaseGateway cases, JobRunner jobs, IngestEngines engines,
                                 java.util.function.Supplier<String> deviceDetector, AttributeModelPort attributeModel,
                                 java.util.function.Function<org.sightline.core.cases.CaseStore, org.sightline.ui.search.SearchPort> searchPorts,
                                 java.nio.file.Path caseToOpen) {
        launchApp(args, cases, jobs, engines, deviceDetector, attributeModel, searchPorts, caseToOpen, null);
    }

    /** As above, with prompt tuning (null: none). */
    public static void launchApp(String[] args, CaseGateway cases, JobRunner jobs, IngestEngines engines,
                                 java.util.function.Supplier<String> deviceDetector, AttributeModelPort attributeModel,
                                 java.util.function.Function<org.sightline.core.cases.CaseStore, org.sightline.ui.search.SearchPort> searchPorts,
                                 java.nio.file.Path caseToOpen, org.sightline.ui.tuning.TuningPort tuning) {
        deviceLabel = new DeviceLabel(deviceDetector);
        initialCase = caseToOpen;
        launchApp(args, new ShellServices(cases, jobs, deviceLabel.text(), attributeModel,
                System.getProperty("user.name"), engines, searchPorts, tuning));
    }

    @Override
    public void start(Stage stage) {
        if (services == null) {
            throw new IllegalStateException("SightlineApp must be started through SightlineApp.launchApp(args, services)");
        }
        shell = new ShellViewModel(services, Platform::runLater);
        ShellWindow.show(stage, shell, Platform::exit);
        if (deviceLabel != null) {
            deviceLabel.detectOn(services.jobs());
        }
        if (initialCase != null) {
            shell.cases().openCase(initialCase);
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}
