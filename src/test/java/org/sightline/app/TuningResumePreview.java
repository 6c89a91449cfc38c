package org.sightline.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.RecentCases;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;
import org.sightline.ui.tuning.TuningDialog;
import org.sightline.ui.tuning.TuningViewModel;

/**
 * For looking at resuming in the "Tune prompts" dialog (screenshots under Xvfb), not a test. Without a
 * case in {@code args[0]}: creates it and starts a real run on the labels CSV {@code args[1]} for
 * {@code args[2]} epochs (kill the process mid-run). With the case: opens it and the dialog, which lists
 * the interrupted run; with {@code args[3] = resume} it is resumed after a few seconds.
 */
public final class TuningResumePreview {
    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromEnvironment();
        Settings settings = Settings.load(paths);
        JobRunner runner = new JobRunner(2);
        StoreCaseGateway gateway = new StoreCaseGateway(RecentCases.fromEnvironment());
        Path folder = Path.of(args[0]);
        boolean existing = Cases.isCase(folder);
        Platform.startup(() -> {
            ShellViewModel shell = new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU"),
                    AttributeModelPort.none(), "analyst", null, null, TuningWiring.port(paths, settings)), Platform::runLater);
            Stage main = new Stage();
            ShellWindow.show(main, shell, Platform::exit);
            if (existing) {
                shell.cases().openCase(folder);
            } else {
                shell.cases().createCase(folder, "Tuning resume preview");
            }
            TuningViewModel tuning = shell.tuning();
            if (!existing) {
                tuning.inputProperty().set(args[1]);
                tuning.epochCountProperty().set(Integer.parseInt(args[2]));
            }
            TuningDialog.show(main, tuning);
            boolean resume = args.length > 3 && args[3].equals("resume");
            shell.cases().storeProperty().addListener((obs, old, store) -> {
                if (store == null) {
                    return;
                }
                tuning.refreshPacks();
                if (!existing) {
                    tuning.start();
                } else if (resume) {
                    Thread.ofPlatform().daemon().start(() -> {
                        try {
                            Thread.sleep(4000);
                        } catch (InterruptedException e) {
                            return;
                        }
                        Platform.runLater(() -> tuning.resume(tuning.interruptedRuns().getFirst()));
                    });
                }
            });
        });
    }
}
