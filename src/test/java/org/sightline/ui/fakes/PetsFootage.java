package org.sightline.ui.fakes;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.core.video.FrameSampling;
import org.sightline.engine.pipeline.IngestFixture;
import org.sightline.engine.pipeline.ModelStoreEngines;

/**
 * A real case for the footage UI tests: frames 0-58 (every 2nd) of the PETS clip ingested with the
 * real detector and re-ID model, identities grouped. Built once per test JVM (about 10 s on a
 * laptop core), then closed; tests open it, or a {@link #copy} where they change it. Skips when
 * the shared data or models are absent.
 */
public final class PetsFootage {
    public static final String PETS = IngestFixture.PETS;
    public static final IngestSettings EVERY_2ND_OF_60 = IngestSettings.DEFAULT
            .withSampling(FrameSampling.everyNthFrame(2)).withEndFrame(60).withBatchFrames(10);

    private static Path root;
    private static ModelStoreEngines engines;
    private static long sourceId;

    private PetsFootage() {
    }

    public static synchronized Path folder() {
        if (root == null) {
            Path video = IngestFixture.data(PETS);
            try {
                Path dir = Files.createTempDirectory("sightline-ui-pets");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                engines = IngestFixture.engines(dir.resolve("home"));
                try (CaseStore store = Cases.create(dir.resolve("case"), "PETS UI")) {
                    Source source = store.addSource(SourceKind.VIDEO, video);
                    FootageIngestJob job = new FootageIngestJob(source.id(), EVERY_2ND_OF_60, engines, null);
                    CaseJob saved = new CaseJobs(store).create(job.kind(), job.params());
                    ResumableJobs.asJob(store, saved.id(), job).run(new JobContext() {
                        @Override
                        public void progress(long done, long total, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
                    if (new CaseJobs(store).require(saved.id()).state() != CaseJobState.SUCCEEDED) {
                        throw new IllegalStateException("PETS ingest for the UI tests did not succeed");
                    }
                    new IdentityGrouping().regroup(store);
                    sourceId = source.id();
                }
                root = dir;
            } catch (Exception e) {
                throw new IllegalStateException("Could not build the PETS test case: " + e.getMessage(), e);
            }
        }
        return root.resolve("case");
    }

    public static IngestEngines engines() {
        folder();
        return engines;
    }

    public static long sourceId() {
        folder();
        return sourceId;
    }



    /** A copy of the (closed) case under {@code target}, for tests that change it. */
    public static Path copy(Path target) throws IOException {
        Path source = folder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.getFileName().toString().equals("case.lock")) {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    /** Waits up to 20 s for {@code condition}, checked on the test thread. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Runs {@code read} on {@code thread} (the tests' UI thread) and returns its result. */
    public static <T> T on(java.util.concurrent.ExecutorService thread, Callable<T> read) throws Exception {
        return thread.submit(read).get(10, TimeUnit.SECONDS);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // temp files; the OS cleans up
        }
    }
}
