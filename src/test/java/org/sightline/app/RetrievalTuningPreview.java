package org.sightline.app;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.stage.Stage;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.RecentCases;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.shell.ShellServices;
import org.sightline.ui.shell.ShellViewModel;
import org.sightline.ui.shell.ShellWindow;
import org.sightline.ui.tuning.TuningDialog;
import org.sightline.ui.tuning.TuningTask;
import org.sightline.ui.tuning.TuningViewModel;

/**
 * For looking at description-search tuning in the "Tune prompts" dialog and at a search with the
 * resulting pack (screenshots under Xvfb), not a test. Creates the case {@code args[0]} with the images
 * of the identity folders {@code args[1]} as a gallery, runs description-search tuning on them for
 * {@code args[2]} epochs, adds the pack to the case (it becomes the search pack), prints
 * {@code READY-DIALOG}, then after {@code args[4]} seconds hides the dialog and searches for {@code args[3]};
 * prints {@code READY-SEARCH} with the status when the results are in.
 */
public final class RetrievalTuningPreview {
    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromEnvironment();
        Settings settings = Settings.load(paths);
        JobRunner runner = new JobRunner(2);
        StoreCaseGateway gateway = new StoreCaseGateway(RecentCases.fromEnvironment());
        Path folder = Path.of(args[0]);
        Path identities = Path.of(args[1]);
        Platform.startup(() -> {
            ShellViewModel shell = new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU"),
                    AttributeModelPort.none(), "analyst", null, store -> new CaseSearchPort(store, runner),
                    TuningWiring.port(paths, settings)), Platform::runLater);
            Stage main = new Stage();
            ShellWindow.show(main, shell, Platform::exit);
            TuningViewModel tuning = shell.tuning();
            tuning.taskProperty().set(TuningTask.DESCRIPTION_SEARCH);
            tuning.inputProperty().set(identities.toString());
            tuning.epochCountProperty().set(Integer.parseInt(args[2]));
            Stage dialog = TuningDialog.show(main, tuning);
            tuning.outcomeProperty().addListener((obs, old, outcome) -> {
                if (outcome == null) {
                    return;
                }
                tuning.addToCase();
                System.out.println("READY-DIALOG " + tuning.beforeAfterProperty().get() + " | " + tuning.messageProperty().get());
                Thread.ofPlatform().daemon().start(() -> {
                    sleep(Integer.parseInt(args[4]) * 1000L);
                    Platform.runLater(() -> {
                        dialog.hide();
                        shell.search().statusProperty().addListener((o, was, status) -> {
                            if (status.contains("results for")) {
                                System.out.println("READY-SEARCH " + status);
                            }
                        });
                        shell.search().queryProperty().set(args[3]);
                        shell.search().search();
                    });
                });
            });
            shell.cases().storeProperty().addListener((obs, old, store) -> {
                if (store == null) {
                    return;
                }
                Thread.ofPlatform().daemon().start(() -> {
                    importGallery(store, identities);
                    Platform.runLater(() -> {
                        tuning.refreshPacks();
                        tuning.start();
                    });
                });
            });
            shell.cases().createCase(folder, "Description search preview");
        });
    }

    private static void importGallery(CaseStore store, Path images) {
        try {
            GalleryImportJob job = new GalleryImportJob(store.addSource(SourceKind.IMAGE_GALLERY, images).id());
            ResumableJobs.asJob(store, new CaseJobs(store).create(job.kind(), job.params()).id(), job).run(new org.sightline.core.jobs.JobContext() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("importing " + images + " failed", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
