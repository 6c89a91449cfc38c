package org.sightline.ui.footage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.RecentCase;
import org.sightline.core.cases.RecentCases;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.config.AppPaths;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.pipeline.ModelStoreEngines;
import org.sightline.ui.cases.CaseGateway;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;

/**
 * Opens the real shell on a real case and drives it to the footage state (first source shown, its
 * busiest person selected in the gallery, one of their detections selected in a frame), for
 * looking at it under Xvfb where no input tools exist. Not a test. Argument: the case folder.
 */
public final class FootagePreview {
    private static Path folder;

    public static void main(String[] args) {
        folder = Path.of(args[0]);
        Application.launch(Window.class, args);
    }

    /** JavaFX refuses a main class that is itself the application when it runs from the class path. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        RecentCases recent = RecentCases.fromEnvironment();
        CaseGateway gateway = new CaseGateway() {
            @Override
            public CaseStore create(Path where, String name) {
                return Cases.create(where, name);
            }

            @Override
            public CaseStore open(Path where) {
                CaseStore store = Cases.open(where);
                recent.remember(store.info().folder(), store.info().name());
                return store;
            }

            @Override
            public List<Path> recentCases() {
                return recent.list().stream().map(RecentCase::folder).toList();
            }
        };
        JobRunner jobs = new JobRunner(2);
        ShellViewModel shell = new ShellViewModel(new ShellServices(gateway, jobs, new SimpleStringProperty("CPU"),
                new ModelStoreEngines(ModelStore.forApp(AppPaths.fromEnvironment()))), Platform::runLater);
        ShellWindow.show(stage, shell, Platform::exit);
        shell.cases().storeProperty().addListener((obs, old, store) -> {
            if (store != null) {
                Platform.runLater(() -> shell.cases().selectedSourceProperty().set(shell.cases().sources().getFirst()));
            }
        });
        shell.footage().identities().identities().addListener((javafx.collections.ListChangeListener<
                org.sightline.core.cases.footage.IdentitySummary>) change -> {
            if (!shell.footage().identities().identities().isEmpty() && shell.footage().identities().chosen().isEmpty()) {
                var person = shell.footage().identities().identities().get(2);
                shell.footage().identities().choose(List.of(person));
                CaseStore store = shell.cases().storeProperty().get();
                List<Appearance> seen = new Footage(store).appearances(person.id());
                Appearance middle = seen.get(seen.size() / 2);
                new Footage(store).detection(middle.detectionId()).ifPresent(shell.footage()::open);
            }
        });
        shell.cases().openCase(folder);
        Optional.ofNullable(System.getenv("PREVIEW_PLAY")).ifPresent(v -> new Thread(() -> {
            try {
                Thread.sleep(8000);
            } catch (InterruptedException ignored) {
                return;
            }
            Platform.runLater(() -> shell.footage().viewer().play());
        }).start());
    }
}
