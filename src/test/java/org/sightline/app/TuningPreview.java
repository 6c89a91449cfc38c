package org.sightline.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
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
 * For looking at the "Tune prompts" dialog (screenshots under Xvfb), not a test: the real shell with a
 * new case in {@code args[0]}, the dialog open and a real tuning run on the labels CSV {@code args[1]}
 * for {@code args[2]} epochs.
 */
public final class TuningPreview {
    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromEnvironment();
        Settings settings = Settings.load(paths);
        JobRunner runner = new JobRunner(2);
        StoreCaseGateway gateway = new StoreCaseGateway(RecentCases.fromEnvironment());
        Platform.startup(() -> {
            ShellViewModel shell = new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU"),
                    AttributeModelPort.none(), "analyst", null, null, TuningWiring.port(paths, settings)), Platform::runLater);
            Stage main = new Stage();
            ShellWindow.show(main, shell, Platform::exit);
            shell.cases().createCase(Path.of(args[0]), "Tuning preview");
            TuningViewModel tuning = shell.tuning();
            tuning.inputProperty().set(args[1]);
            tuning.epochCountProperty().set(Integer.parseInt(args[2]));
            TuningDialog.show(main, tuning);
            tuning.start();
        });
    }
}
