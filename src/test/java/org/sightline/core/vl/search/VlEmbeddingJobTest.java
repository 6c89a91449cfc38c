package org.sightline.core.vl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobCancelledException;

class VlEmbeddingJobTest {
    private static final int CROPS = 10;
    private static final int BATCH = 4;

    @TempDir
    Path temp;

    private static List<int[]> colours() {
        List<int[]> colours = new ArrayList<>();
        for (int i = 0; i < CROPS; i++) {
            colours.add(new int[] {25 * i, 200 - 15 * i, 100});
        }
        return colours;
    }

    @Test
    void cancelledRunResumesWithoutDuplicatesAndModelsNeverMix() throws Exception {
        FakeVlModel a = new FakeVlModel("fake-a", 'a');
        try (CaseStore store = ColourCase.create(temp, colours())) {
            VlEmbeddingJob job = new VlEmbeddingJob("fake-a", BATCH, id -> a);
            CaseJobs jobs = new CaseJobs(store);
            long id = jobs.create(job.kind(), job.params()).id();
            assertThrows(JobCancelledException.class, () -> ResumableJobs.asJob(store, id, job).run(ColourCase.cancelAfter(2)));
            assertEquals(CaseJobState.CANCELLED, jobs.require(id).state());
            assertEquals(BATCH, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = 'fake-a'"));

            var resumed = VlEmbeddingJob.factory(x -> a).fromParams(jobs.require(id).params());
            assertEquals(CROPS, ResumableJobs.asJob(store, id, resumed).run(ColourCase.quiet()).done());
            assertEquals(CROPS, a.imagesEncoded.get(), "each crop encoded once across the cancelled and resumed runs");
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = 'fake-a'"));
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = '"
                    + ColourBands.MODEL.modelId() + "'"), "colour evidence stored once per crop");

            FakeVlModel b = new FakeVlModel("fake-b", 'b');
            VlEmbeddingJob other = new VlEmbeddingJob("fake-b", BATCH, x -> b);
            ResumableJobs.asJob(store, jobs.create(other.kind(), other.params()).id(), other).run(ColourCase.quiet());
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = 'fake-b'"));
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = 'fake-a'"));
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = '"
                    + ColourBands.MODEL.modelId() + "'"), "a second model reuses the colour evidence");
            assertTrue(Embeddings.models(store).isEmpty(), "vision-language vectors are not re-ID vectors");
            assertEquals(List.of("fake-a", "fake-b"), Embeddings.models(store, Embeddings.Purpose.VISION_LANGUAGE)
                    .stream().map(m -> m.modelId()).toList());
        }
    }

    @Test
    void aChangedFileUnderTheSameIdReplacesTheOldVectors() throws Exception {
        try (CaseStore store = ColourCase.create(temp, colours())) {
            FakeVlModel first = new FakeVlModel("fake", '1');
            VlEmbeddingJob job = new VlEmbeddingJob("fake", BATCH, x -> first);
            CaseJobs jobs = new CaseJobs(store);
            ResumableJobs.asJob(store, jobs.create(job.kind(), job.params()).id(), job).run(ColourCase.quiet());
            FakeVlModel retrained = new FakeVlModel("fake", '2');
            VlEmbeddingJob again = new VlEmbeddingJob("fake", BATCH, x -> retrained);
            ResumableJobs.asJob(store, jobs.create(again.kind(), again.params()).id(), again).run(ColourCase.quiet());
            assertEquals(CROPS, retrained.imagesEncoded.get());
            assertEquals(CROPS, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_id = 'fake' "
                    + "AND model_sha256 = '" + "2".repeat(64) + "'"));
            assertEquals(0, ColourCase.count(store, "SELECT count(*) FROM embeddings WHERE model_sha256 = '"
                    + "1".repeat(64) + "'"), "no vector of the old file is left to mix with the new ones");
        }
    }
}
