package org.sightline.core.attributes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.attributes.eval.AttributeResult;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.attributes.labels.ExportNames;
import org.sightline.core.attributes.labels.FolderExportSummary;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledFolderTree;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.attributes.labels.LinkMode;
import org.sightline.core.attributes.labels.UnknownTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reads the real PETA development labels in {@code sightline.dataDir}/peta-dev; skipped when absent. */
class PetaDevLabelsTest {
    private static LabelSet peta;

    @BeforeAll
    static void readLabels() throws Exception {
        String dataDir = System.getProperty("sightline.dataDir");
        assumeTrue(dataDir != null, "system property sightline.dataDir is not set");
        Path csv = Path.of(dataDir, "peta-dev", "labels.csv");
        assumeTrue(Files.isRegularFile(csv), "PETA labels not found at " + csv);
        peta = LabelsCsv.read(csv, new LabelReadOptions(BuiltInSchemas.peta35(), UnknownTokens.KEEP, true));
    }

    @Test
    void everyRowIsReadAndEveryImageExists() {
        assertEquals(12_973, peta.size());
        assertEquals(List.of("subset", "file", "person_id", "attributes"), peta.columns());
        assertTrue(peta.images().stream().allMatch(i -> Files.isRegularFile(i.path())), "requireImageFiles checked this");
        assertTrue(peta.images().stream().flatMap(i -> i.tokens().stream()).noneMatch(t -> t.contains("\r")));
    }

    @Test
    void everyPeta35AttributeOccursAndMostDefaultSchemaAttributesDo() {
        Map<String, Integer> counts = peta.tokenCounts();
        for (String token : BuiltInSchemas.peta35().tokens()) {
            assertTrue(counts.getOrDefault(token, 0) > 0, token + " never occurs in peta-dev");
        }
        List<String> absent = BuiltInSchemas.sightlineDefault().tokens().stream()
                .filter(t -> !counts.containsKey(t)).toList();
        System.out.println("Sightline default attributes absent from peta-dev: " + absent);
        assertTrue(absent.size() <= 2, "absent: " + absent);
    }

    @Test
    void alwaysPredictingTheMostFrequentValueScoresExactlyOneHalf() {
        List<String> tokens = BuiltInSchemas.peta35().tokens();
        Map<String, Integer> counts = peta.tokenCounts();
        Set<String> majority = new HashSet<>();
        for (String token : tokens) {
            if (2 * counts.getOrDefault(token, 0) > peta.size()) {
                majority.add(token);
            }
        }
        List<Set<String>> predicted = peta.images().stream().map(i -> (Set<String>) majority).toList();
        EvaluationReport report = new AttributeEvaluator().evaluate(tokens, peta.truth(), predicted);
        System.out.println("PETA-35 on peta-dev, always the most frequent value (posrate = positive rate):");
        System.out.println(report.table());
        assertTrue(report.undefinedAttributes().isEmpty());
        assertEquals(0.5, report.meanAccuracy(), 1e-12);
        for (AttributeResult r : report.attributes()) {
            assertEquals(0.5, r.meanAccuracy(), 1e-12, r.token());
        }
    }

    @Test
    void aSampleOfRealImagesSurvivesTheFolderTreeRoundTrip(@TempDir Path dir) throws Exception {
        List<LabelledImage> sample = peta.images().stream().filter(i -> i.path().hashCode() % 97 == 0).limit(60).toList();
        LabelSet subset = new LabelSet(peta.baseDir(), peta.columns(), sample);
        AttributeSchema schema = BuiltInSchemas.peta35();
        FolderExportSummary summary = LabelledFolderTree.export(subset, schema, dir.resolve("tree"), LinkMode.HARD_LINK, null);
        System.out.println("folder tree export of " + sample.size() + " peta-dev images: " + summary);
        LabelSet back = LabelledFolderTree.read(dir.resolve("tree"));
        assertEquals(sample.size(), back.size());
        Map<String, Set<String>> byName = new java.util.HashMap<>();
        back.images().forEach(i -> byName.put(i.path().getFileName().toString(), i.tokens()));
        for (LabelledImage image : sample) {
            Set<String> expected = new HashSet<>(image.tokens());
            expected.retainAll(schema.tokens());
            assertEquals(expected, byName.get(ExportNames.of(image.file())), image.file());
        }
    }
}
