package org.sightline.cli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.models.FileVerifier;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.VerificationCache;
import org.sightline.engine.djl.vl.ShippedPedVl;
import org.sightline.engine.opencv.TestData;
import picocli.CommandLine;

/** {@code sightline search} with the shipped model on real PETA crops (skipped where model or data are absent). */
class RealModelSearchTest {
    @TempDir
    Path temp;

    @Test
    void cropsInTheDescribedColourRankAboveChanceAndSearchesAreRemembered() throws Exception {
        Path shipped = Path.of(System.getProperty("sightline.projectDir", ".")).resolve("models").resolve(ShippedPedVl.FOLDER);
        Assumptions.assumeTrue(Files.isRegularFile(shipped.resolve("config.json")),
                "the trained sightline-pedvl is not in " + shipped + " (it ships from feat/vldefault)");
        Path osnet = TestData.model("reid/osnet_x0_25_msmt17.onnx");
        Path labels = TestData.data("peta-dev/labels.csv");
        VlModels models = new VlModels(new ModelStore(ModelCatalog.fromClasspath(), temp.resolve("user-models"),
                Optional.of(osnet.getParent().getParent()), new FileVerifier(VerificationCache.load(temp.resolve("v.json")))));
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        List<String> red = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String line : Files.readAllLines(labels).subList(1, 6000)) {
            String[] f = line.split(",", 4);
            if (!f[0].equals("GRID")) {
                continue;
            }
            if (red.size() < 4 && f[3].contains("upperBodyRed")) {
                red.add(f[1]);
            } else if (others.size() < 12 && !f[3].contains("Red") && !f[3].contains("Pink") && !f[3].contains("Orange")) {
                others.add(f[1]);
            }
        }
        Assumptions.assumeTrue(red.size() == 4 && others.size() == 12, "peta-dev GRID rows with and without red tops");
        for (int i = 0; i < red.size(); i++) {
            Files.copy(labels.getParent().resolve(red.get(i)), gallery.resolve("red" + i + ".png"));
        }
        for (int i = 0; i < others.size(); i++) {
            Files.copy(labels.getParent().resolve(others.get(i)), gallery.resolve("other" + i + ".png"));
        }
        try (CaseStore store = Cases.create(temp.resolve("case"), "search test")) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            GalleryImportJob job = new GalleryImportJob(source.id());
            ResumableJobs.asJob(store, new CaseJobs(store).create(job.kind(), job.params()).id(), job)
                    .run(org.sightline.cli.attributes.RealAttributeCases.quiet());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SearchCommand(models));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(temp.resolve("case").toString(), "a person in a red top", "--top", "4");
        assertEquals(0, exit, err.toString());
        String[] lines = out.toString().split("\n");
        assertTrue(lines[0].startsWith("4 results") && lines[0].contains("16 of 16 detections embedded"), out.toString());
        long redInTop4 = java.util.Arrays.stream(lines).skip(2).filter(line -> line.contains(" red")).count();
        // 4 red tops among 16 crops: a random ranking puts 1 of them in the top 4 on average.
        assertTrue(redInTop4 >= 2, "red-top crops in the top 4: " + redInTop4 + "\n" + out);
        try (CaseStore store = Cases.open(temp.resolve("case"))) {
            assertEquals(16L, (long) store.read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery(
                        "SELECT count(*) FROM embeddings WHERE model_id = 'sightline-pedvl'")) {
                    r.next();
                    return r.getLong(1);
                }
            }));
            assertEquals("a person in a red top",
                    new org.sightline.core.vl.search.QueryHistory(store).recent(5).getFirst().query());
        }
    }
}
