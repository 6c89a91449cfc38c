package org.sightline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.RecentCases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;

/**
 * For looking at the people UI (screenshots under Xvfb). Not a test. Arguments: an image folder, a
 * work folder, how many crops. Copies that many images into a gallery, makes a case whose gallery
 * import is saved but not run, then opens the real window on it: opening resumes the import, and the
 * attribute scoring through the model store follows, as for an investigator.
 */
public final class PeopleDemo {
    public static void main(String[] args) throws Exception {
        Path images = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Path gallery = Files.createDirectories(work.resolve("gallery"));
        try (Stream<Path> files = Files.list(images)) {
            for (Path file : files.sorted().limit(count).toList()) {
                Files.copy(file, gallery.resolve(file.getFileName()));
            }
        }
        Path caseFolder = work.resolve("Market crops");
        try (CaseStore store = Cases.create(caseFolder, "Market crops")) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            GalleryImportJob job = new GalleryImportJob(source.id());
            new CaseJobs(store).create(job.kind(), job.params());
        }
        RuntimeSetup.apply();
        AppPaths paths = AppPaths.fromEnvironment();
        Settings settings = Settings.load(paths);
        JobRunner runner = new JobRunner(2);
        Platform.startup(() -> {
            ShellViewModel shell = new ShellViewModel(new ShellServices(new StoreCaseGateway(RecentCases.fromEnvironment()),
                    runner, new SimpleStringProperty("CPU"), AttributeModelWiring.port(paths, settings),
                    System.getProperty("user.name")), Platform::runLater);
            ShellWindow.show(new Stage(), shell, Platform::exit);
            shell.cases().openCase(caseFolder);
            if (args.length > 3) {
                selectLater(shell, List.of(args).subList(3, args.length));
            }
        });
    }

    /** Says the selected person carries a backpack, as pressing 1 on that attribute would. */
    private static void correctOnce(ShellViewModel shell) {
        boolean[] done = {false};
        shell.people().bars().groups().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (!done[0] && !change.getList().isEmpty()) {
                done[0] = true;
                shell.people().annotation().toggle("carryingBackpack");
                shell.people().bars().focusedIndexProperty().set(shell.people().bars().schemaProperty().get()
                        .tokens().indexOf("carryingBackpack"));
            }
        });
    }

    /** "select" picks the 7th crop once the grid is filled; "annotate" also turns annotation mode on. */
    private static void selectLater(ShellViewModel shell, List<String> what) {
        shell.people().gallery().items().addListener((javafx.collections.ListChangeListener<Object>) change -> {
            if (!change.getList().isEmpty() && shell.people().gallery().selectedProperty().get() == null) {
                shell.people().gallery().move(7);
                shell.people().gallery().move(6);
                if (what.contains("annotate")) {
                    shell.people().annotation().activeProperty().set(true);
                    shell.jobs().panelVisibleProperty().set(false);
                    correctOnce(shell);
                    var female = shell.people().gallery().filter().add(shell.people().bars().schemaProperty().get()
                            .find("personalFemale").orElseThrow());
                    female.thresholdProperty().set(0.7);
                }
            }
        });
    }
}
