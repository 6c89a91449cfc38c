package org.sightline.cli.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.find.FindCommand;
import org.sightline.cli.find.IdentitiesCommand;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.pipeline.ModelStoreEngines;
import org.sightline.cli.CommandRun;
import org.sightline.cli.CommandRun.Result;

/** The ingest, find and identities commands on 6 frames of the PETS clip: output and exit codes. */
class IngestCommandsTest {
    @TempDir
    static Path temp;
    static Path video;
    static ModelStoreEngines engines;


    @BeforeAll
    static void findDataAndModels() {
        String data = System.getProperty("sightline.dataDir");
        String mirror = System.getProperty(ModelStore.MIRROR_PROPERTY);
        Assumptions.assumeTrue(data != null && Files.isRegularFile(Path.of(data, "video/pets2009-s2l1-480x360.avi")),
                "PETS clip not found under system property sightline.dataDir = " + data + "; skipping");
        Assumptions.assumeTrue(mirror != null && Files.isRegularFile(Path.of(mirror, "reid/osnet_x0_25_msmt17.onnx")),
                "models not found under system property sightline.modelMirror = " + mirror + "; skipping");
        video = Path.of(data, "video/pets2009-s2l1-480x360.avi").toAbsolutePath().normalize();
        engines = new ModelStoreEngines(ModelStore.forApp(new AppPaths(temp.resolve("home")),
                ModelCatalog.fromClasspath(), Optional.empty()));
    }

    Result run(Object command, String... args) {
        return CommandRun.run(command, args);
    }

    @Test
    void ingestFindAndListIdentities() throws Exception {
        String caseFolder = temp.resolve("case").toString();
        Result ingest = run(new IngestCommand(engines), caseFolder, video.toString(), "--create", "--every", "5",
                "--until-frame", "30");
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("VIDEO " + video + ": 6 frames") && ingest.out().contains("identities: "),
                ingest.out());
        assertTrue(ingest.err().contains("frame 6 of ~6"), "stderr: " + ingest.err());

        Result again = run(new IngestCommand(engines), caseFolder, video.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("already done") && again.out().contains("ALREADY_DONE"), again.err());

        Path thumbnail = Files.walk(temp.resolve("case/thumbnails")).filter(p -> p.toString().endsWith(".jpg"))
                .findFirst().orElseThrow();
        Result find = run(new FindCommand(engines), caseFolder, "--crop", thumbnail.toString(), "--top", "5");
        assertEquals(0, find.exit(), find.err());
        String[] lines = find.out().strip().split("\n");
        assertEquals(6, lines.length, find.out());
        assertTrue(lines[1].contains(video.getFileName().toString()) && lines[1].contains(".jpg"), lines[1]);

        Result identities = run(new IdentitiesCommand(), caseFolder);
        assertEquals(0, identities.exit(), identities.err());
        assertTrue(identities.out().lines().count() >= 3, identities.out());
    }

    @Test
    void clearErrorsAndExitCodes() throws Exception {
        Result noCase = run(new IngestCommand(engines), temp.resolve("nowhere").toString(), video.toString());
        assertEquals(1, noCase.exit());
        assertTrue(noCase.err().contains("No Sightline case in " + temp.resolve("nowhere")), noCase.err());

        Result missing = run(new IngestCommand(engines), temp.resolve("c1").toString(), temp.resolve("absent.avi").toString(),
                "--create");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("No such file or folder: " + temp.resolve("absent.avi")), missing.err());

        byte[] noise = new byte[100_000];
        new Random(3).nextBytes(noise);
        Path garbage = Files.write(temp.resolve("garbage.mp4"), noise);
        Result broken = run(new IngestCommand(engines), temp.resolve("c2").toString(), garbage.toString(), "--create");
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("Cannot decode " + garbage + " before the first frame"), broken.err());

        byte[] whole = Files.readAllBytes(video);
        Path truncated = Files.write(temp.resolve("truncated.avi"), java.util.Arrays.copyOf(whole, whole.length / 12));
        Result partial = run(new IngestCommand(engines), temp.resolve("c3").toString(), truncated.toString(), "--create",
                "--every", "10");
        assertEquals(IngestCommand.PARTIAL, partial.exit(), partial.err());
        assertTrue(partial.err().contains("at frame ") && partial.err().contains("Kept the "), partial.err());

        Result findNoCase = run(new FindCommand(engines), temp.resolve("nowhere").toString(), "--crop", "x.png");
        assertEquals(1, findNoCase.exit());
        Result usage = run(new FindCommand(engines), temp.resolve("c3").toString());
        assertEquals(2, usage.exit(), "--crop or --detection is required");
    }
}
