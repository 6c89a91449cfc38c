package org.sightline.cli.tune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.PromptPackJson;
import org.sightline.core.tuning.resume.TuningRunDatabase;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.engine.djl.tuning.TuningOptions;
import org.sightline.engine.djl.tuning.TuningResume;
import org.sightline.engine.djl.tuning.TuningRun;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.ShippedPedVl;

/** {@code sightline tune --resume}: the run database beside the pack, its refusals, and a resumed run's pack. */
class TuneResumeCommandTest {

    @TempDir
    Path temp;

    private String[] tune(String... args) {
        return TuneRun.tune(temp.resolve("home"), args);
    }

    @Test
    void resumeWithoutASavedRunSaysWhereItLooked() {
        Path pack = temp.resolve("pack.json");
        String[] result = tune(temp.resolve("labels.csv").toString(), "--out", pack.toString(), "--resume");
        assertEquals("1", result[0]);
        assertTrue(result[2].contains("Nothing to resume: no unfinished tuning run is saved in " + pack + ".tuning.db"), result[2]);
    }

    @Test
    void changedSettingsOrDataAreRefusedNamingTheChange() throws Exception {
        Path csv = petaCsv(temp, 40);
        Path pack = temp.resolve("pack.json");
        TuningOptions three = TuningOptions.defaults().withEpochs(3);
        TuningRun.Inputs inputs = TuningRun.read(TuningRun.ATTRIBUTES, csv, "peta-35", id -> BuiltInSchemas.peta35(), true);
        TuningRunSpec spec = TuningRun.spec(TuningRun.ATTRIBUTES, csv, "peta-35", three, ShippedPedVlModels.identity(), TuningRunSpec.IMAGE_PROMPTS_ON, inputs);
        TuningRunDatabase.create(TuningRunDatabase.beside(pack), spec).close();

        String[] again = tune(csv.toString(), "--schema", "peta-35", "--skip-empty", "--out", pack.toString(), "--epochs", "3");
        assertTrue(again[2].contains("An unfinished tuning run is saved in " + pack + ".tuning.db: continue it with --resume"), again[2]);
        String[] epochs = tune(csv.toString(), "--schema", "peta-35", "--skip-empty", "--out", pack.toString(), "--epochs", "2", "--resume");
        assertEquals("1", epochs[0]);
        assertTrue(epochs[2].contains("Cannot resume the tuning run saved in " + pack + ".tuning.db: the settings changed "
                + "(were epochs 3,"), epochs[2]);
        List<String> lines = Files.readAllLines(csv);
        Files.write(csv, lines.subList(0, lines.size() - 1));
        String[] data = tune(csv.toString(), "--schema", "peta-35", "--skip-empty", "--out", pack.toString(), "--epochs", "3", "--resume");
        assertTrue(data[2].contains("the labelled data in " + csv.toAbsolutePath() + " changed since the run started (then 40 "
                + "labelled crops"), data[2]);
        assertTrue(Files.exists(TuningRunDatabase.beside(pack)), "a refused resume keeps the saved run");
    }

    @Test
    void resumedRunWritesThePackOfAnUninterruptedRunAndRemovesItsDatabase() throws Exception {
        Path csv = petaCsv(temp, 60);
        Path mirror = Path.of(System.getProperty("sightline.modelMirror", "../shared/models"));
        Assumptions.assumeTrue(Files.isRegularFile(mirror.resolve("reid/osnet_x0_25_msmt17.onnx")),
                "OSNet needed in the model mirror " + mirror.toAbsolutePath());
        String previous = System.getProperty("sightline.bundledModels");
        System.setProperty("sightline.bundledModels", Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").toString());
        try {
            Path whole = temp.resolve("whole.json");
            String[] first = tune(csv.toString(), "--schema", "peta-35", "--skip-empty", "--out", whole.toString(), "--epochs", "3", "--seed", "5",
                    "--models-mirror", mirror.toString());
            assertEquals("0", first[0], first[2]);
            assertFalse(Files.exists(TuningRunDatabase.beside(whole)), "the run database goes once the pack is written");

            Path resumed = temp.resolve("resumed.json");
            interruptAfterEpochOne(csv, TuningRunDatabase.beside(resumed), mirror);
            String[] second = tune(csv.toString(), "--schema", "peta-35", "--skip-empty", "--out", resumed.toString(), "--epochs", "3", "--seed", "5",
                    "--models-mirror", mirror.toString(), "--resume");
            assertEquals("0", second[0], second[2]);
            PromptPack a = PromptPackJson.read(whole);
            PromptPack b = PromptPackJson.read(resumed);
            assertArrayEquals(a.prompts().values(), b.prompts().values(), 0f);
            assertEquals(a.heads(), b.heads());
            assertFalse(Files.exists(TuningRunDatabase.beside(resumed)));
        } finally {
            if (previous == null) {
                System.clearProperty("sightline.bundledModels");
            } else {
                System.setProperty("sightline.bundledModels", previous);
            }
        }
    }

    /** What a killed {@code tune --epochs 3 --seed 5} leaves: its run database with the epoch 1 checkpoint. */
    private static void interruptAfterEpochOne(Path csv, Path runFile, Path mirror) throws Exception {
        TuningOptions options = TuningOptions.defaults().withEpochs(3).withSeed(5);
        TuningRun.Inputs inputs = TuningRun.read(TuningRun.ATTRIBUTES, csv, "peta-35", id -> BuiltInSchemas.peta35(), true);
        TuningRunSpec spec = TuningRun.spec(TuningRun.ATTRIBUTES, csv, "peta-35", options, ShippedPedVlModels.identity(), TuningRunSpec.IMAGE_PROMPTS_ON, inputs);
        Path modelDir = Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").resolve(ShippedPedVl.FOLDER);
        boolean[] stop = {false};
        JobContext context = new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return stop[0];
            }
        };
        try (TuningRunDatabase run = TuningRunDatabase.create(runFile, spec);
             PedestrianVlModel model = PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256,
                     mirror.resolve("reid/osnet_x0_25_msmt17.onnx"), mirror.resolve("clip/bpe_simple_vocab_16e6.txt.gz"))) {
            TuningRun.run(org.sightline.engine.djl.tuning.TunableBase.of(model), true, inputs, options, line -> { }, epoch -> stop[0] = true, context, new TuningResume(null, run::save));
        } catch (JobCancelledException expected) {
            // no epoch improved before the cancel: the run ends as cancelled, its checkpoint stays
        }
    }

    static Path petaCsv(Path dir, int n) throws Exception {
        Path peta = Path.of(System.getProperty("sightline.dataDir", "../shared/data")).resolve("peta-dev");
        Assumptions.assumeTrue(Files.isRegularFile(peta.resolve("labels.csv")), "peta-dev labels needed in " + peta.toAbsolutePath());
        List<String> out = new ArrayList<>(List.of("file,attributes"));
        List<String> tokens = List.of("personalMale", "hairLong", "carryingBackpack", "lowerBodyJeans", "lowerBodyTrousers");
        for (String line : Files.readAllLines(peta.resolve("labels.csv"))) {
            String[] f = line.split(",", 4);
            if ((f[0].equals("PRID") || f[0].equals("MIT")) && out.size() <= n) {
                out.add(peta.resolve(f[1]).toAbsolutePath() + "," + String.join(" ",
                        List.of(f[3].trim().split("\\s+")).stream().filter(tokens::contains).toList()));
            }
        }
        Path csv = dir.resolve("labels.csv");
        Files.write(csv, out);
        return csv;
    }
}
