package org.sightline.engine.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;

/** Real models and the PETS clip for pipeline tests; skips where the shared folders are absent. */
public final class IngestFixture {
    public static final String PETS = "video/pets2009-s2l1-480x360.avi";

    private IngestFixture() {
    }

    public static Path data(String relative) {
        String root = System.getProperty("sightline.dataDir");
        assumeTrue(root != null, "System property sightline.dataDir (the shared data folder) is not set; skipping");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(path), relative + " is missing from the data folder " + root + "; skipping");
        return path;
    }

    /** Engines finding models in the shared mirror only (an empty user folder under {@code home}). */
    public static ModelStoreEngines engines(Path home) {
        String mirror = System.getProperty(ModelStore.MIRROR_PROPERTY);
        assumeTrue(mirror != null && Files.isRegularFile(Path.of(mirror, "detector/nanodet_m.onnx"))
                        && Files.isRegularFile(Path.of(mirror, "reid/osnet_x0_25_msmt17.onnx")),
                "model mirror (system property sightline.modelMirror = " + mirror + ") lacks nanodet_m.onnx or "
                        + "osnet_x0_25_msmt17.onnx; skipping");
        return new ModelStoreEngines(ModelStore.forApp(new AppPaths(home), ModelCatalog.fromClasspath(), Optional.empty()));
    }

    /** Saves and runs {@code job} to its end (or cancel) on this thread; returns the saved row. */
    static CaseJob run(CaseStore store, ResumableJob job, LongPredicate cancelWhenDone) {
        CaseJob saved = new CaseJobs(store).create(job.kind(), job.params());
        return runSaved(store, saved.id(), job, cancelWhenDone);
    }

    static CaseJob runSaved(CaseStore store, long jobId, ResumableJob job, LongPredicate cancelWhenDone) {
        AtomicBoolean cancelled = new AtomicBoolean();
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
                if (cancelWhenDone.test(done)) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try {
            ResumableJobs.asJob(store, jobId, job).run(context);
        } catch (Exception expected) {
            // cancelled or failed: the saved row says which
        }
        return new CaseJobs(store).require(jobId);
    }

    static List<Long> longs(CaseStore store, String sql) {
        return store.read(c -> {
            List<Long> values = new java.util.ArrayList<>();
            try (var statement = c.createStatement(); var rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        });
    }

    static long single(CaseStore store, String sql) {
        return longs(store, sql).getFirst();
    }
}
