package org.sightline.cli.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledFolderTree;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.attributes.labels.LinkMode;
import org.sightline.core.attributes.review.LabelReview;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.attributes.store.CaseLabels;
import org.sightline.core.attributes.store.EffectiveLabels;
import org.sightline.core.attributes.store.LabelImportSummary;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;

/** Effective labels of a real 20-crop case out as CSV + crops and as a folder tree, and back in as corrections. */
class CaseLabelsRoundTripTest {
    private static final AttributeSchema SCHEMA = BuiltInSchemas.sightlineDefault();

    @TempDir
    Path temp;

    @Test
    void exportedCsvImportsBackAsCorrectionsThatKeepTheLabels() throws Exception {
        AttributeModels models = RealAttributeCases.models(temp);
        try (CaseStore store = RealAttributeCases.galleryCase(temp, 20)) {
            AttributePredictionJob job = new AttributePredictionJob(AttributeModels.CROSSROAD_0230, "Crossroad",
                    BuiltInMappings.CROSSROAD_0230, 32, models.opener());
            long jobId = new CaseJobs(store).create(job.kind(), job.params()).id();
            ResumableJobs.asJob(store, jobId, job).run(RealAttributeCases.quiet());
            String predictor = AttributeModelsTestIds.predictorId(store);
            EffectiveLabels effective = new EffectiveLabels(store);
            long first = effective.positivesOfAll(SCHEMA, predictor, 0.5).keySet().iterator().next();
            new LabelReview(store, SCHEMA, "ana").set(first, "upperBodyRed", true);
            Map<Long, Set<String>> before = effective.positivesOfAll(SCHEMA, predictor, 0.5);
            assertTrue(before.get(first).contains("upperBodyRed"));

            Path csv = temp.resolve("out/labels.csv");
            Files.createDirectories(csv.getParent());
            CaseLabels caseLabels = new CaseLabels(store);
            assertEquals(20, caseLabels.exportCsv(SCHEMA, predictor, 0.5, csv));
            LabelSet written = LabelsCsv.read(csv, LabelReadOptions.strict(SCHEMA));
            assertEquals(20, written.size());
            Map<Long, Set<String>> exported = new HashMap<>();
            for (LabelledImage image : written.images()) {
                assertTrue(image.file().startsWith("labels_crops/det"), image.file());
                assertTrue(Files.isRegularFile(image.path()), "crop copied beside the CSV: " + image.path());
                exported.put(Long.parseLong(image.extra().get(CaseLabels.DETECTION_COLUMN)), image.tokens());
            }
            assertEquals(before, exported);
            assertThrows(java.io.IOException.class, () -> caseLabels.exportCsv(SCHEMA, predictor, 0.5, csv),
                    "an existing crops folder is never overwritten");

            LabelImportSummary imported = caseLabels.importCsv(csv, SCHEMA, "importer");
            assertEquals(new LabelImportSummary(20, 20, imported.corrections(), List.of()), imported);
            assertTrue(imported.corrections() > 20 * 8, "one correction per schema attribute not already corrected");
            assertEquals(before, effective.positivesOfAll(SCHEMA, predictor, 0.5));
            assertTrue(effective.of(first, SCHEMA, predictor, 0.5).fullyReviewed());
            assertEquals(0, caseLabels.importCsv(csv, SCHEMA, "importer").corrections(), "importing again adds nothing");

            Path tree = temp.resolve("tree");
            var summary = caseLabels.exportTree(SCHEMA, predictor, 0.5, tree, LinkMode.COPY, null);
            assertEquals(20, summary.images());
            LabelSet fromTree = LabelledFolderTree.read(tree);
            assertEquals(20, fromTree.size());
            assertEquals(Set.copyOf(before.values()), Set.copyOf(fromTree.truth()));
        }
    }

    @Test
    void csvNamingGalleryOriginalsImportsByFileAndListsUnmatchedRows() throws Exception {
        try (CaseStore store = RealAttributeCases.galleryCase(temp, 3)) {
            Path gallery = store.sources().getFirst().path();
            List<Path> images;
            try (var files = Files.list(gallery)) {
                images = files.sorted().toList();
            }
            Path csv = temp.resolve("mine.csv");
            Files.writeString(csv, "file,attributes\r\n" + "gallery/" + images.get(0).getFileName()
                    + ",personalFemale hairLong wingsUnknown\r\nelsewhere/x.png,personalMale\r\n");
            LabelImportSummary summary = new CaseLabels(store).importCsv(csv, SCHEMA, "ana");
            assertEquals(2, summary.rows());
            assertEquals(1, summary.matched());
            assertEquals(List.of("elsewhere/x.png"), summary.unmatched());
            assertEquals(SCHEMA.size(), summary.corrections());
            long detection = new EffectiveLabels(store).positivesOfAll(SCHEMA, "none", 0.5).entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow().getKey();
            assertEquals(Set.of("personalFemale", "hairLong"),
                    new EffectiveLabels(store).of(detection, SCHEMA, 0.5).positives());
        }
    }
}
