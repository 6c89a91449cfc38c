package org.sightline.cli.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.AttributePredictorOpener;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.engine.opencv.OpenCvImages;
import picocli.CommandLine;

class AttributePredictionJobTest {
    private static final int CROPS = 20;
    private static final int BATCH = 8;
    private static final int MAPPED_TOKENS = BuiltInMappings.crossroad0230().tokens().size();

    @TempDir
    Path temp;

    @Test
    void cancelledRunResumesAfterItsLastBatchWithoutDuplicatesOnFullResolutionCrops() throws Exception {
        AttributeModels models = RealAttributeCases.models(temp);
        AtomicInteger predicted = new AtomicInteger();
        AttributePredictorOpener counting = name -> counting(models.open(name), predicted);
        try (CaseStore store = RealAttributeCases.galleryCase(temp, CROPS)) {
            AttributePredictionJob job = new AttributePredictionJob(AttributeModels.CROSSROAD_0230, "Crossroad test",
                    BuiltInMappings.CROSSROAD_0230, BATCH, counting);
            CaseJobs jobs = new CaseJobs(store);
            long id = jobs.create(job.kind(), job.params()).id();

            assertThrows(JobCancelledException.class, () -> ResumableJobs.asJob(store, id, job).run(cancelAfter(BATCH)));
            assertEquals(CaseJobState.CANCELLED, jobs.require(id).state());
            assertEquals(BATCH, predicted.get());
            assertEquals((long) BATCH * MAPPED_TOKENS, count(store, "SELECT count(*) FROM attribute_predictions"));

            CaseJob saved = jobs.require(id);
            var resumed = AttributePredictionJob.factory(counting).fromParams(saved.params());
            CaseJob done = ResumableJobs.asJob(store, id, resumed).run(RealAttributeCases.quiet());
            assertEquals(CaseJobState.SUCCEEDED, done.state());
            assertEquals(CROPS, done.done());
            assertEquals(CROPS, predicted.get(), "the resumed run scored only the detections left");
            assertEquals((long) CROPS * MAPPED_TOKENS, count(store, "SELECT count(*) FROM attribute_predictions"));
            assertEquals(CROPS, count(store, "SELECT count(DISTINCT detection_id) FROM attribute_predictions"));
            long again = jobs.create(job.kind(), job.params()).id();
            assertEquals(CROPS, ResumableJobs.asJob(store, again, job).run(RealAttributeCases.quiet()).done());
            assertEquals(CROPS, predicted.get(), "a later run scores only detections this model has not scored");

            long first = count(store, "SELECT min(id) FROM detections");
            AttributePredictions predictions = new AttributePredictions(store);
            PredictorInfo predictor = predictions.predictorsOf(first).getFirst();
            assertEquals("Crossroad test", predictor.displayName());
            assertEquals(BuiltInMappings.CROSSROAD_0230, predictor.mappingId());
            // The gallery original, not the 128 px thumbnail, was scored: same numbers as the model on the file.
            String file = store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT f.file_path FROM detections d JOIN frames f ON f.id = d.frame_id WHERE d.id = " + first)) {
                    r.next();
                    return r.getString(1);
                }
            });
            Path original = store.sources().getFirst().path().resolve(file);
            AttributeScores stored = predictions.latest(first, predictor.id()).orElseThrow();
            try (AttributePredictor direct = models.open(AttributeModels.CROSSROAD_0230)) {
                float[] p = direct.predict(List.of(OpenCvImages.read(original)))[0];
                int male = direct.attributeNames().indexOf("is_male");
                assertEquals(p[male], stored.probabilities().get("personalMale"), 1e-4);
            }
        }
    }

    @Test
    void commandRunsTheJobOnceAndPrintsTheSummary() throws Exception {
        AttributeModels models = RealAttributeCases.models(temp);
        RealAttributeCases.galleryCase(temp, CROPS).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new AttributesCommand(models));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));

        assertEquals(0, command.execute(temp.resolve("case").toString(), "--schema", "peta-35"), err.toString());
        assertTrue(out.toString().contains("Attributes of " + CROPS + " detections"), out.toString());
        assertTrue(out.toString().matches("(?s).*personalMale\\s+" + CROPS + "\\s.*"), out.toString());
        assertEquals(0, command.execute(temp.resolve("case").toString()), err.toString());

        assertEquals(1, command.execute(temp.resolve("case").toString(), "--schema", "nope"));
        assertTrue(err.toString().contains("Unknown schema 'nope'"), err.toString());
        assertEquals(1, command.execute(temp.resolve("no-case").toString()));
        assertTrue(err.toString().contains("no-case"), err.toString());
    }

    private static JobContext cancelAfter(int detections) {
        return new JobContext() {
            private volatile boolean cancelled;

            @Override
            public void progress(long done, long total, String message) {
                cancelled |= done >= detections;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private static AttributePredictor counting(AttributePredictor delegate, AtomicInteger predicted) {
        return new AttributePredictor() {
            @Override
            public String id() {
                return delegate.id();
            }

            @Override
            public List<String> attributeNames() {
                return delegate.attributeNames();
            }

            @Override
            public float[][] predict(List<RgbImage> crops) {
                predicted.addAndGet(crops.size());
                return delegate.predict(crops);
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    static long count(CaseStore store, String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
