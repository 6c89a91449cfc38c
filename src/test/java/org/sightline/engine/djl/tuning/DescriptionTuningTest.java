package org.sightline.engine.djl.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptTextTower;

/** A tiny description-search tuning run on 12 real Market identities held out of the base model's training. */
class DescriptionTuningTest {

    @Test
    void tinyRunLowersTrainingLossLeavesBaseWeightsAndWritesARetrievalPack(@TempDir Path dir) throws Exception {
        Path data = Path.of(System.getProperty("sightline.dataDir", "../shared/data"));
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("market-dev/labels.csv")),
                "market-dev labels needed in " + data.toAbsolutePath());
        Path root = dir.resolve("ids");
        assertEquals(12, MarketIdentityFolders.write(data, root, 12, 2));
        IdentityFolders.Identities ids = IdentityFolders.read(root, false);
        try (PedestrianVlModel model = PromptTuningTest.openModel()) {
            PromptTextTower tower = PromptTextTower.of(model);
            float[] baseBefore = tower.baseParameterValues();
            TuningOptions options = new TuningOptions(40, 3, 2, 0.005, 12, 10, 0.3);
            List<DescriptionTuner.Person> people = new ArrayList<>();
            for (IdentityFolders.Identity id : ids.identities()) {
                float[][] e = CropEmbeddings.of(model, id.images().stream().map(p -> new org.sightline.core.attributes.labels
                        .LabelledImage(p.toString(), p, java.util.Set.of(), java.util.Map.of())).toList(), null, "test");
                people.add(new DescriptionTuner.Person(e, id.descriptions()));
            }
            try (DescriptionTuner tuner = new DescriptionTuner(tower, options, people.size())) {
                double before = tuner.loss(people);
                for (int e = 1; e <= options.epochs(); e++) {
                    tuner.epoch(e, people, null);
                }
                double after = tuner.loss(people);
                assertTrue(after < before, "training loss " + before + " -> " + after);
            }
            DescriptionTuningResult result = new DescriptionTuning(model, ids, options.withEpochs(2), line -> { }).run(null);
            assertArrayEquals(baseBefore, tower.baseParameterValues(), "base weights must stay as shipped");
            assertEquals(DescriptionTuning.TASK, result.pack().facts().get("task"));
            Path file = dir.resolve("pack.json");
            PromptPackJson.write(result.pack(), file);
            PromptPack read = PromptPackJson.read(file);
            assertArrayEquals(result.pack().prompts().values(), read.prompts().values());
            assertEquals(4, result.validationPeople());
        }
    }
}
