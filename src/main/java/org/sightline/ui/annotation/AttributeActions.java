package org.sightline.ui.annotation;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.SourceKind;
import org.sightline.ui.attributes.AttributeBarsViewModel;
import org.sightline.ui.attributes.AttributeJobs;
import org.sightline.ui.attributes.LabelTransfer;
import org.sightline.ui.cases.CaseViewModel;
import org.sightline.ui.gallery.GalleryViewModel;

/** The menu commands of person galleries and labels: ask with the platform's choosers, then start the job. */
public final class AttributeActions {
    private final CaseViewModel cases;
    private final GalleryViewModel gallery;
    private final AttributeBarsViewModel bars;
    private final AnnotationViewModel annotation;
    private final AttributeJobs jobs;
    private final LabelTransfer labels;
    private final Supplier<Window> owner;

    public AttributeActions(CaseViewModel cases, GalleryViewModel gallery, AttributeBarsViewModel bars,
                            AnnotationViewModel annotation, AttributeJobs jobs, LabelTransfer labels,
                            Supplier<Window> owner) {
        this.cases = cases;
        this.gallery = gallery;
        this.bars = bars;
        this.annotation = annotation;
        this.jobs = jobs;
        this.labels = labels;
        this.owner = owner;
    }

    /** Adds a folder of person crops, imports it (resumable), then scores the new crops. */
    public void addPersonGallery() {
        if (!cases.openProperty().get()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of person crops to the case");
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            addPersonGallery(chosen.toPath());
        }
    }

    public void addPersonGallery(Path folder) {
        cases.addSource(SourceKind.IMAGE_GALLERY, folder).thenAccept(jobs::importGallery);
    }

    public void rescore() {
        jobs.predictAttributes();
    }

    public void exportCsv() {
        CaseStore store = cases.storeProperty().get();
        if (store == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export labels as CSV (crops are copied beside it)");
        chooser.setInitialFileName(store.info().name().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + "-labels.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            labels.exportCsv(store, bars.schemaProperty().get(), gallery.predictorId(), chosen.toPath());
        }
    }

    public void exportTree() {
        CaseStore store = cases.storeProperty().get();
        if (store == null) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export a labelled folder tree (one folder per attribute value) into…");
        File chosen = chooser.showDialog(owner.get());
        if (chosen != null) {
            labels.exportTree(store, bars.schemaProperty().get(), gallery.predictorId(), chosen.toPath());
        }
    }

    public void importCsv() {
        CaseStore store = cases.storeProperty().get();
        if (store == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a labels CSV as corrections by " + annotation.authorProperty().get());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            labels.importCsv(store, bars.schemaProperty().get(), annotation.authorProperty().get(), chosen.toPath(), () -> {
                bars.reload();
                gallery.refilter();
            });
        }
    }

    public void setAuthor() {
        TextInputDialog dialog = new TextInputDialog(annotation.authorProperty().get());
        dialog.initOwner(owner.get());
        dialog.setTitle("Corrections author");
        dialog.setHeaderText("Label corrections are recorded under this name");
        dialog.setContentText("Author:");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> annotation.authorProperty().set(name));
    }
}
