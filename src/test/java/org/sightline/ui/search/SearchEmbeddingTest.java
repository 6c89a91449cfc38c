package org.sightline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.search.SearchHit;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.ui.fakes.InMemoryCaseStore;

/** Crops are embedded in the background, before any search; a search meanwhile says so instead of waiting. */
class SearchEmbeddingTest {
    private final JobRunner runner = new JobRunner(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        runner.close();
    }

    /** Ten crops, embedded by a job that waits for the test; searches cover the embedded ones. */
    private final class SlowPort extends org.sightline.ui.fakes.QuietSearchPort {
        final AtomicInteger embedded = new AtomicInteger();
        final AtomicInteger inlineRuns = new AtomicInteger();

        @Override
        public Optional<Job<?>> embeddingJob() {
            if (embedded.get() == 10) {
                return Optional.empty();
            }
            return Optional.of(context -> {
                context.progress(3, 10, "embedding");
                if (!release.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                context.throwIfCancelled();
                embedded.set(10);
                return null;
            });
        }

        @Override
        public SearchResults search(SearchRequest request) {
            throw new AssertionError("the ports embed through embeddingJob, then searchEmbedded");
        }

        @Override
        public SearchResults searchEmbedded(SearchRequest request) {
            return new SearchResults(request, List.of(new SearchHit(1, 0.9, 0.9)), new ModelIdentity("fake", "f".repeat(64)),
                    embedded.get(), 10, List.of());
        }

    }

    private static SearchRequest query() {
        return new SearchRequest("red coat", null, 10, -1, null, null, true);
    }

    @Test
    void embeddingStartsWithoutASearchAndASearchDuringItSaysSo() throws Exception {
        SlowPort port = new SlowPort();
        CaseSearchPorts ports = new CaseSearchPorts(store -> port, runner);
        InMemoryCaseStore store = new InMemoryCaseStore(Path.of("/cases/a"), "A");
        ports.caseChanged(store);

        ports.embedMissing(store);
        List<JobHandle<?>> jobs = runner.jobs();
        assertEquals(1, jobs.size());
        assertEquals("Embedding crops for description search in A", jobs.getFirst().title());
        ports.embedMissing(store);
        assertEquals(1, runner.jobs().size(), "one embedding at a time");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jobs.getFirst().status().done() != 3) {  // its first report, which the runner always publishes
            assertTrue(System.nanoTime() < deadline, "the embedding job did not report 3 of 10 within 30 s");
            Thread.sleep(10);
        }
        SearchResults during = ports.search(query());
        assertEquals(0, during.searched(), "the search did not wait for the embedding");
        assertTrue(during.notes().getLast().startsWith("crops are still being embedded for description search (3 of 10"),
                during.notes().toString());

        release.countDown();
        jobs.getFirst().result().get(30, TimeUnit.SECONDS);
        assertEquals(JobState.SUCCEEDED, jobs.getFirst().status().state());
        waitForJobs();
        SearchResults after = ports.search(query());
        assertEquals(10, after.searched());
        assertTrue(after.notes().isEmpty(), after.notes().toString());
        ports.embedMissing(store);
        waitForJobs();
        assertEquals(1, runner.jobs().size(), "every crop has its vector: no further job, though asked twice more");
    }

    @Test
    void closingTheCaseCancelsItsEmbedding() throws Exception {
        SlowPort port = new SlowPort();
        CaseSearchPorts ports = new CaseSearchPorts(store -> port, runner);
        InMemoryCaseStore store = new InMemoryCaseStore(Path.of("/cases/a"), "A");
        ports.caseChanged(store);
        ports.embedMissing(store);

        var stopped = ports.stopEmbedding(store).orElseThrow();
        release.countDown();
        stopped.get(30, TimeUnit.SECONDS);
        assertEquals(JobState.CANCELLED, runner.jobs().getFirst().status().state());
        ports.caseChanged(null);
        ports.embedMissing(store);
        assertEquals(1, runner.jobs().size(), "nothing starts for a closed case");
    }

    private void waitForJobs() throws Exception {
        for (JobHandle<?> job : runner.jobs()) {
            job.result().exceptionally(f -> null).get(30, TimeUnit.SECONDS);
        }
        Thread.sleep(50);
    }
}
