package org.sightline.ui.attributes;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.labels.FolderExportSummary;
import org.sightline.core.attributes.labels.LinkMode;
import org.sightline.core.attributes.store.CaseLabels;
import org.sightline.core.attributes.store.LabelImportSummary;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.cases.CaseWork;
import org.sightline.ui.cases.Stopping;
import org.sightline.ui.common.Problem;

/**
 * Labels out of and into the open case, as background jobs; outcomes go to the status line or a problem.
 * Closing the case cancels them ({@link #stop}): one not yet started never runs, one running is waited for.
 */
public final class LabelTransfer {
    private final JobRunner runner;
    private final Executor uiThread;
    private final Consumer<Problem> problems;
    private final Consumer<String> status;
    private final CaseWork work = new CaseWork();

    public LabelTransfer(JobRunner runner, Executor uiThread, Consumer<Problem> problems, Consumer<String> status) {
        this.runner = runner;
        this.uiThread = uiThread;
        this.problems = problems;
        this.status = status;
    }

    /** Writes {@code csv} and the crops beside it ({@code <name>_crops}). */
    public JobHandle<Integer> exportCsv(CaseStore store, AttributeSchema schema, String predictorId, Path csv) {
        JobHandle<Integer> handle = work.submit(runner, store, "label export",
                "Exporting labels to " + csv.getFileName(), context -> {
            context.progress(0, -1, "writing " + csv);
            return new CaseLabels(store).exportCsv(schema, predictorId, AttributeBarsViewModel.THRESHOLD, csv);
        });
        report(handle, "Could not export labels to " + csv,
                rows -> "Exported " + rows + " labelled crops to " + csv + " (crops in " + CaseLabels.cropsFolder(csv) + ")");
        return handle;
    }

    /** Writes one folder per attribute value under {@code root}, hard-linking the images where possible. */
    public JobHandle<FolderExportSummary> exportTree(CaseStore store, AttributeSchema schema, String predictorId,
                                                     Path root) {
        JobHandle<FolderExportSummary> handle = work.submit(runner, store, "label export",
                "Exporting labelled folders to " + root.getFileName(),
                context -> new CaseLabels(store).exportTree(schema, predictorId, AttributeBarsViewModel.THRESHOLD, root,
                        LinkMode.HARD_LINK, context));
        report(handle, "Could not export a labelled folder tree to " + root, summary -> "Exported " + summary.images()
                + " crops into " + root + " (" + summary.linked() + " linked, " + summary.copied() + " copied)");
        return handle;
    }

    /** Reads {@code csv} as corrections by {@code author}; {@code imported} runs on the UI thread afterwards. */
    public JobHandle<LabelImportSummary> importCsv(CaseStore store, AttributeSchema schema, String author, Path csv,
                                                   Runnable imported) {
        JobHandle<LabelImportSummary> handle = work.submit(runner, store, "label import",
                "Importing labels from " + csv.getFileName(), context -> {
            context.progress(0, -1, "reading " + csv);
            return new CaseLabels(store).importCsv(csv, schema, author);
        });
        report(handle, "Could not import labels from " + csv, summary -> {
            imported.run();
            return "Imported " + csv.getFileName() + ": " + summary.matched() + " of " + summary.rows()
                    + " rows matched a crop, " + summary.corrections() + " corrections by " + author
                    + (summary.unmatched().isEmpty() ? "" : "; unmatched e.g. " + summary.unmatched().getFirst());
        });
        return handle;
    }

    /** Closing listener: cancels {@code closing}'s exports and imports; the stage completes once they ended. */
    public Stopping stop(CaseStore closing) {
        return work.stop(closing);
    }

    private <T> void report(JobHandle<T> handle, String failureTitle, java.util.function.Function<T, String> success) {
        handle.result().whenComplete((value, failure) -> uiThread.execute(() -> {
            if (failure == null) {
                status.accept(success.apply(value));
            } else if (!Problem.isCancellation(failure)) {
                problems.accept(new Problem(failureTitle, Problem.reasonOf(failure)));
            }
        }));
    }
}
