package org.sightline.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.ReidEmbedder;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobHandle;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.jobs.JobState;
import org.sightline.core.pipeline.GalleryEmbeddingJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.ui.attributes.AttributeModelPort;
import org.sightline.ui.attributes.PeopleCase;
import org.sightline.ui.cases.CaseGateway;
import org.sightline.ui.common.Problem;
import org.sightline.ui.fakes.RecordingCaseStore;
import org.sightline.ui.tuning.TuningPort;

/**
 * The main window's state over a real case on disk (40 generated crops, imported, scored, embedded by a
 * fake re-ID model into 12 identities) and a real one-thread job runner, for closing tests: the UI
 * thread is a single-thread executor, the store records which jobs were still running as it closed,
 * the attribute model's next batch can be held until released, and description search is a fake port
 * that counts the searches it ran.
 */
final class ClosingShell implements AutoCloseable {
    static final int CROPS = 40;
    static final String PREDICTOR = "closing-test-attributes";
    private static final List<String> OUTPUTS = List.of("is_male", "has_bag", "has_backpack", "has_hat",
            "has_longsleeves", "has_longpants", "has_longhair", "has_coat_jacket");

    final Path folder;
    final JobRunner runner = new JobRunner(1);
    final ShellViewModel shell;
    final AtomicInteger descriptionSearches = new AtomicInteger();
    /** Counted down when a held attribute batch is being scored; {@link #releasePredict} lets it finish. */
    final CountDownLatch predicting = new CountDownLatch(1);
    final CountDownLatch releasePredict = new CountDownLatch(1);
    private final AtomicBoolean holdPredict = new AtomicBoolean();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final Map<String, JobState> atClose = new ConcurrentHashMap<>();
    private volatile RecordingCaseStore store;

    ClosingShell(Path temp, TuningPort tuning) throws Exception {
        try (CaseStore created = PeopleCase.create(temp, CROPS)) {
            folder = created.info().folder();
            embedIntoTwelvePeople(created);
        }
        CaseGateway gateway = new CaseGateway() {
            @Override
            public CaseStore create(Path where, String name) {
                throw new UnsupportedOperationException("closing tests open an existing case");
            }

            @Override
            public CaseStore open(Path where) {
                store = new RecordingCaseStore(Cases.open(where), ClosingShell.this::recordRunningJobs);
                return store;
            }

            @Override
            public List<Path> recentCases() {
                return List.of();
            }
        };
        AttributeModelPort attributes = new AttributeModelPort("closing-test", "closing test model",
                BuiltInMappings.CROSSROAD_0230, name -> new HeldPredictor(), "");
        shell = onUi(() -> new ShellViewModel(new ShellServices(gateway, runner, new SimpleStringProperty("CPU"), attributes,
                "tester", null, opened -> new CountingSearchPort(), tuning), ui::execute));
    }

    /** Holds the next attribute batch in the model until {@link #releasePredict}. */
    void holdNextPrediction() {
        holdPredict.set(true);
    }

    /** Opens the case and waits until everything the opening started has finished. */
    RecordingCaseStore open() throws Exception {
        onUi(() -> {
            shell.cases().openCase(folder);
            return null;
        });
        waitFor("the case to open", () -> onUi(() -> shell.cases().openProperty().get()));
        waitFor("the crops and people to load", () -> onUi(() -> shell.people().gallery().totalProperty().get() == CROPS
                && shell.footage().identities().identities().size() >= 2));
        waitFor("the jobs the opening started to end", () -> runner.jobs().stream().allMatch(job -> job.result().isDone()));
        return store;
    }

    /** Closes the case on the UI thread; returns the status line right after. */
    String closeCase() throws Exception {
        return onUi(() -> {
            shell.cases().closeCase();
            return shell.statusMessageProperty().get();
        });
    }

    /** Waits until the store is closed and the UI has heard the outcome; returns the status line then. */
    String awaitClosed() throws Exception {
        store.awaitClosed();
        waitFor("the close to be reported", () -> onUi(() -> shell.cases().closingStatusProperty().get().isEmpty()));
        return onUi(() -> shell.statusMessageProperty().get());
    }

    List<Problem> problems() throws Exception {
        return onUi(() -> List.copyOf(shell.cases().problems()));
    }

    /** The state, as the store closed, of the job whose title starts with {@code title}. */
    JobState stateAtClose(String title) {
        return atClose.entrySet().stream().filter(e -> e.getKey().startsWith(title)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no job '" + title + "…' had been submitted: " + atClose));
    }

    JobHandle<?> job(String title) {
        return runner.jobs().stream().filter(job -> job.title().startsWith(title)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no job '" + title + "…' in " + runner.jobs().stream()
                        .map(JobHandle::title).toList()));
    }

    /** Waits until a job titled {@code title}… is running. */
    void awaitRunning(String title) throws Exception {
        waitFor("job " + title + " to run", () -> runner.jobs().stream().anyMatch(job -> job.title().startsWith(title)
                && job.status().state() == JobState.RUNNING));
    }

    <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(10, TimeUnit.SECONDS);
    }

    /** Polls a condition (each test's ordering comes from latches; this only waits for a state to arrive). */
    static void waitFor(String what, ThrowingCondition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    interface ThrowingCondition {
        boolean holds() throws Exception;
    }

    private void recordRunningJobs() {
        runner.jobs().forEach(job -> atClose.put(job.title(), job.status().state()));
    }

    @Override
    public void close() throws Exception {
        releasePredict.countDown();
        onUi(() -> {
            shell.close();
            return null;
        });
        runner.close();
        ui.shutdownNow();
    }

    /** Gives crop i a one-hot vector of i mod 12, so the case groups into 12 people. */
    private static void embedIntoTwelvePeople(CaseStore store) throws Exception {
        Source gallery = store.sources().getFirst();
        GalleryEmbeddingJob job = new GalleryEmbeddingJob(gallery.id(), "one-hot", new OneHotEngines());
        long jobId = new CaseJobs(store).create(job.kind(), job.params()).id();
        ResumableJobs.asJob(store, jobId, job).run(new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        new IdentityGrouping().regroup(store);
    }

    private static final class OneHotEngines implements IngestEngines {
        @Override
        public org.sightline.core.video.FrameSource open(Source source, org.sightline.core.video.FrameSampling sampling,
                                                          double folderFrameRate) {
            throw new UnsupportedOperationException("no frames in a gallery");
        }

        @Override
        public DetectorChoice detector(String detectorId, Float confidence) {
            throw new UnsupportedOperationException("no detector needed");
        }

        @Override
        public EmbedderChoice embedder(String reidId) {
            AtomicInteger next = new AtomicInteger();
            ReidEmbedder oneHot = new ReidEmbedder() {
                @Override
                public float[][] embed(List<RgbImage> crops) {
                    float[][] out = new float[crops.size()][12];
                    for (float[] vector : out) {
                        vector[next.getAndIncrement() % 12] = 1;
                    }
                    return out;
                }

                @Override
                public int dimension() {
                    return 12;
                }

                @Override
                public String modelId() {
                    return "one-hot";
                }

                @Override
                public void close() {
                }
            };
            return new EmbedderChoice(oneHot, new EmbeddingModel("one-hot", "0".repeat(64), 12));
        }
    }

    /** Scores 0.5 for everything; the batch after {@link #holdNextPrediction} waits for the test. */
    private final class HeldPredictor implements AttributePredictor {
        @Override
        public String id() {
            return PREDICTOR;
        }

        @Override
        public List<String> attributeNames() {
            return OUTPUTS;
        }

        @Override
        public float[][] predict(List<RgbImage> crops) {
            if (holdPredict.compareAndSet(true, false)) {
                predicting.countDown();
                try {
                    if (!releasePredict.await(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the held batch");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            float[][] out = new float[crops.size()][OUTPUTS.size()];
            for (float[] row : out) {
                java.util.Arrays.fill(row, 0.5f);
            }
            return out;
        }

        @Override
        public void close() {
        }
    }

    /** Description search that counts the searches it ran and finds nothing. */
    private final class CountingSearchPort extends org.sightline.ui.fakes.QuietSearchPort {
        @Override
        public SearchResults search(SearchRequest request) {
            descriptionSearches.incrementAndGet();
            return new SearchResults(request, List.of(), new ModelIdentity("fake", "f".repeat(64)), 0, 0, List.of());
        }
    }
}
