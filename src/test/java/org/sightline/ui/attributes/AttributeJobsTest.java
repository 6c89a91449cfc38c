package org.sightline.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.CaseDetections;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.models.ModelMissingException;
import org.sightline.ui.common.Problem;

class AttributeJobsTest {
    private static final List<String> OUTPUTS = List.of("is_male", "has_bag", "has_backpack", "has_hat",
            "has_longsleeves", "has_longpants", "has_longhair", "has_coat_jacket");

    @TempDir
    Path temp;

    private final List<Problem> problems = new CopyOnWriteArrayList<>();
    private final List<String> status = new CopyOnWriteArrayList<>();

    @Test
    void galleryImportThenScoringOfItsCrops() throws Exception {
        AttributeModelPort model = new AttributeModelPort("crossroad-0230", "crossroad-0230 (Intel)",
                BuiltInMappings.CROSSROAD_0230, name -> new MeanBrightness(), "");
        try (JobRunner runner = new JobRunner(2); CaseStore store = Cases.create(temp.resolve("case"), "Jobs")) {
            Source gallery = store.addSource(SourceKind.IMAGE_GALLERY, crops(6));
            AttributeJobs jobs = new AttributeJobs(runner, model, Runnable::run, problems::add, status::add, () -> { });
            jobs.caseChanged(store);
            jobs.importGallery(gallery);

            waitUntil(() -> new AttributePredictions(store).predictors().size() == 1
                    && new CaseJobs(store).all().stream().allMatch(j -> j.state() == CaseJobState.SUCCEEDED)
                    && new CaseJobs(store).all().size() == 2);
            long scored = new CaseDetections(store).all().stream().filter(row ->
                    new AttributePredictions(store).latest(row.detectionId(), "mean-brightness").isPresent()).count();
            assertEquals(6, scored, "every imported crop was scored after the import");
            assertTrue(problems.isEmpty(), problems.toString());
        }
    }

    @Test
    void aMissingModelIsExplainedWithHowToGetIt() throws Exception {
        AttributeModelPort model = new AttributeModelPort("crossroad-0230", "crossroad-0230 (Intel)",
                BuiltInMappings.CROSSROAD_0230, name -> {
                    throw new ModelMissingException(name, "Model 'person-attributes-crossroad-0230': file x.onnx is "
                            + "not in the models folder /m");
                }, "Run `sightline models download person-attributes-crossroad-0230` or set the model mirror.");
        try (JobRunner runner = new JobRunner(2); CaseStore store = Cases.create(temp.resolve("case"), "Jobs")) {
            Source gallery = store.addSource(SourceKind.IMAGE_GALLERY, crops(2));
            AttributeJobs jobs = new AttributeJobs(runner, model, Runnable::run, problems::add, status::add, () -> { });
            jobs.caseChanged(store);
            jobs.importGallery(gallery);

            waitUntil(() -> !problems.isEmpty());
            Problem problem = problems.getFirst();
            assertEquals("The attribute model is not installed", problem.title(), problem.detail());
            assertTrue(problem.detail().contains("x.onnx") && problem.detail().contains("sightline models download"),
                    problem.detail());
            assertEquals(2, new CaseDetections(store).all().size(), "the import itself succeeded");
        }
    }

    @Test
    void openingACaseResumesItsUnfinishedJobs() throws Exception {
        Path caseFolder = temp.resolve("case");
        try (CaseStore store = Cases.create(caseFolder, "Jobs")) {
            Source gallery = store.addSource(SourceKind.IMAGE_GALLERY, crops(3));
            org.sightline.core.cases.gallery.GalleryImportJob job = new org.sightline.core.cases.gallery.GalleryImportJob(gallery.id());
            new CaseJobs(store).create(job.kind(), job.params());
        }
        AttributeModelPort model = new AttributeModelPort("crossroad-0230", "crossroad-0230 (Intel)",
                BuiltInMappings.CROSSROAD_0230, name -> new MeanBrightness(), "");
        try (JobRunner runner = new JobRunner(2); CaseStore store = Cases.open(caseFolder)) {
            AttributeJobs jobs = new AttributeJobs(runner, model, Runnable::run, problems::add, status::add, () -> { });
            jobs.caseChanged(store);
            waitUntil(() -> new AttributePredictions(store).predictors().size() == 1
                    && new CaseJobs(store).resumable().isEmpty() && new CaseJobs(store).all().size() == 2
                    && new CaseJobs(store).all().stream().allMatch(j -> j.state() == CaseJobState.SUCCEEDED));
            assertEquals(3, new CaseDetections(store).all().size());
            assertTrue(status.stream().anyMatch(s -> s.startsWith("Resuming 1 unfinished job")), status.toString());
        }
    }

    private Path crops(int count) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("crops"));
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(20, 50, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, 0xffffff * i / count);
            ImageIO.write(image, "png", folder.resolve("c" + i + ".png").toFile());
        }
        return folder;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }

    /** A real (if simple) predictor: every output is the crop's mean brightness. */
    private static final class MeanBrightness implements AttributePredictor {
        @Override
        public String id() {
            return "mean-brightness";
        }

        @Override
        public List<String> attributeNames() {
            return OUTPUTS;
        }

        @Override
        public float[][] predict(List<RgbImage> crops) {
            float[][] out = new float[crops.size()][OUTPUTS.size()];
            for (int i = 0; i < crops.size(); i++) {
                byte[] pixels = crops.get(i).pixels();
                long sum = 0;
                for (byte b : pixels) {
                    sum += b & 0xff;
                }
                java.util.Arrays.fill(out[i], sum / (255f * Math.max(1, pixels.length)));
            }
            return out;
        }

        @Override
        public void close() {
        }
    }
}
