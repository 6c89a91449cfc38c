package org.sightline.cli.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import org.sightline.cli.search.VlModels;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.vl.search.VlEmbeddingJob;

/**
 * After ingest: embeds the new crops with the default vision-language model, so that description
 * search needs no wait. Skipped with a note where the model is not installed; a failure here never
 * fails the ingest (the embedding runs again, resuming, before the next search).
 */
final class SearchEmbedding {

    private SearchEmbedding() {
    }

    static void run(CaseStore store, org.sightline.core.models.ComputeDevice device, JobContext context, PrintWriter out,
                    PrintWriter err) {
        VlModels models = VlModels.forApp(device);
        String modelId = VlModels.active();
        try {
            models.requireInstalled(modelId);
        } catch (IOException | RuntimeException e) {
            err.println("note: crops not embedded for description search (" + e.getMessage() + ")");
            return;
        }
        try (var search = new org.sightline.core.vl.search.CaseSearch(store, modelId, models.opener(),
                new org.sightline.engine.lucene.HnswIndexFactory(), null, null)) {
            CaseJob job = search.embeddingJob().run(context);
            out.printf("description search: %d crops embedded with %s (%s job %d)%n", job.done(), modelId,
                    VlEmbeddingJob.KIND, job.id());
        } catch (JobCancelledException cancelled) {
            err.println("Embedding for description search cancelled; it resumes before the next search.");
        } catch (Exception e) {
            err.println("WARNING: embedding for description search failed: " + e.getMessage());
        }
    }
}
