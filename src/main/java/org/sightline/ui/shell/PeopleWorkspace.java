package org.sightline.ui.shell;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.cases.CaseStore;
import org.sightline.ui.annotation.AnnotationViewModel;
import org.sightline.ui.attributes.AttributeBarsViewModel;
import org.sightline.ui.attributes.AttributeJobs;
import org.sightline.ui.attributes.LabelTransfer;
import org.sightline.ui.cases.CaseViewModel;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;
import org.sightline.ui.gallery.GalleryViewModel;
import org.sightline.ui.inspector.Appearance;
import org.sightline.ui.inspector.InspectorViewModel;
import org.sightline.ui.inspector.PersonDetails;

/**
 * Wires the people features to the open case: the crop grid's selection fills the inspector, the
 * schema chosen there filters the grid, annotation writes through the same bars, and opening a case
 * loads its crops and resumes its unfinished jobs. Case reads and writes share one background thread.
 * Closing a case stops its attribute jobs and label transfers, saves its pending corrections, and lets
 * the reads already queued on that thread finish, all before its store closes.
 */
public final class PeopleWorkspace {
    private final GalleryViewModel gallery;
    private final AttributeBarsViewModel bars;
    private final InspectorViewModel inspector;
    private final AnnotationViewModel annotation;
    private final AttributeJobs jobs;
    private final LabelTransfer labels;

    PeopleWorkspace(ShellServices services, CaseViewModel cases, Executor caseIo, Executor uiThread,
                    Consumer<String> status) {
        Consumer<Problem> problems = cases.problems()::add;
        bars = new AttributeBarsViewModel(caseIo, uiThread, problems);
        inspector = new InspectorViewModel(bars);
        gallery = new GalleryViewModel(caseIo, uiThread, problems);
        gallery.filter().schemaProperty().bind(bars.schemaProperty());
        annotation = new AnnotationViewModel(gallery, bars, services.author(), caseIo, uiThread, problems, status);
        inspector.annotatingProperty().bind(annotation.activeProperty());
        jobs = new AttributeJobs(services.jobs(), services.attributeModel(), uiThread, problems, status, () -> {
            gallery.reload();
            bars.reload();
        });
        labels = new LabelTransfer(services.jobs(), uiThread, problems, status);
        cases.storeProperty().addListener((obs, old, store) -> caseChanged(store));
        cases.onClosing(store -> Stopping.all(List.of(jobs.stop(store), labels.stop(store), annotation.stop(store),
                Stopping.afterQueued(caseIo))));
        gallery.selectedProperty().addListener((obs, old, row) -> show(row));
    }

    private void caseChanged(CaseStore store) {
        annotation.caseChanged();
        inspector.clear();
        bars.clear();
        gallery.load(store);
        jobs.caseChanged(store);
    }

    private void show(CaseDetections.Row row) {
        if (row == null) {
            inspector.clear();
            return;
        }
        inspector.select(new PersonDetails("Person crop " + row.detectionId(),
                row.originalImage() != null ? row.originalImage() : row.thumbnail(), List.of(),
                List.of(new Appearance(row.sourceLabel(), row.frameIndex(), null))));
        bars.show(gallery.store(), row.detectionId());
    }

    public GalleryViewModel gallery() {
        return gallery;
    }

    public AttributeBarsViewModel bars() {
        return bars;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public AnnotationViewModel annotation() {
        return annotation;
    }

    public AttributeJobs jobs() {
        return jobs;
    }

    public LabelTransfer labels() {
        return labels;
    }
}
