package org.sightline.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobState;
import org.sightline.core.pipeline.GalleryEmbeddingJob;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.identity.IdentityEditor;
import org.sightline.core.pipeline.identity.IdentityGrouping;

/** 32 Market-1501 crops (8 people) as a gallery: vectors, one-crop tracks, identities, corrections. */
class GalleryIngestTest {
    @TempDir
    Path temp;

    @Test
    void galleryCropsGetVectorsAndIdentitiesAndCorrectionsSurviveReopening() throws Exception {
        Path images = IngestFixture.data("market-dev/images");
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        try (Stream<Path> files = Files.list(images)) {
            for (Path file : files.sorted().limit(32).toList()) {
                Files.copy(file, gallery.resolve(file.getFileName()));
            }
        }
        ModelStoreEngines engines = IngestFixture.engines(temp.resolve("home"));
        Path folder = temp.resolve("case");
        long a;
        long b;
        long splitTrack;
        List<Long> formerMates;
        try (CaseStore store = Cases.create(folder, "gallery")) {
            Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
            assertEquals(CaseJobState.SUCCEEDED, IngestFixture.run(store, new GalleryImportJob(source.id()), d -> false).state());
            var embedded = IngestFixture.run(store, new GalleryEmbeddingJob(source.id(), IngestSettings.DEFAULT_REID, engines),
                    d -> false);
            assertEquals(CaseJobState.SUCCEEDED, embedded.state(), embedded.error());
            assertEquals(32, IngestFixture.single(store, "SELECT count(*) FROM embeddings"));
            assertEquals(32, IngestFixture.single(store, "SELECT count(DISTINCT track_id) FROM detections"));

            new IdentityGrouping().regroup(store);
            List<IdentitySummary> identities = new Footage(store).identities();
            Map<Long, String> pidOfTrack = pidOfTrack(store);
            long pairs = 0;
            long samePerson = 0;
            for (IdentitySummary identity : identities) {
                List<String> pids = IngestFixture.longs(store, "SELECT track_id FROM detections WHERE identity_id = "
                        + identity.id()).stream().map(pidOfTrack::get).toList();
                for (int i = 0; i < pids.size(); i++) {
                    for (int j = i + 1; j < pids.size(); j++) {
                        pairs++;
                        samePerson += pids.get(i).equals(pids.get(j)) ? 1 : 0;
                    }
                }
            }
            System.out.printf("GalleryIngestTest: %d identities for 32 crops of 8 people; %d of %d grouped pairs are "
                    + "one person%n", identities.size(), samePerson, pairs);
            assertTrue(identities.size() >= 8 && identities.size() < 32, identities.size() + " identities");
            assertTrue(samePerson >= 0.8 * pairs, samePerson + " of " + pairs + " grouped pairs are one person");

            a = identities.get(identities.size() - 1).id();
            b = identities.get(identities.size() - 2).id();
            new IdentityEditor(store, new IdentityGrouping()).merge(a, b, "test");
            splitTrack = IngestFixture.single(store, "SELECT max(track_id) FROM detections WHERE identity_id = "
                    + identities.getFirst().id());
            formerMates = IngestFixture.longs(store, "SELECT track_id FROM detections WHERE identity_id = "
                    + identities.getFirst().id() + " AND track_id <> " + splitTrack);
            assertTrue(formerMates.size() >= 1, "the biggest identity has several crops");
            new IdentityEditor(store, new IdentityGrouping()).split(splitTrack, "test");
        }
        try (CaseStore reopened = Cases.open(folder)) {
            new IdentityGrouping().regroup(reopened);
            assertEquals(1, IngestFixture.single(reopened, "SELECT count(DISTINCT identity_id) FROM detections WHERE "
                    + "identity_id IN (" + a + ", " + b + ") OR track_id IN (SELECT track_id FROM detections WHERE "
                    + "identity_id IN (" + a + ", " + b + "))"), "merged identities stay one after reopening and regrouping");
            long identityOfSplit = IngestFixture.single(reopened, "SELECT identity_id FROM detections WHERE track_id = " + splitTrack);
            for (long mate : formerMates) {
                assertNotEquals(identityOfSplit, IngestFixture.single(reopened, "SELECT identity_id FROM detections "
                        + "WHERE track_id = " + mate), "the split crop never rejoins crop track " + mate);
            }
            assertEquals(List.of("MERGE", "SPLIT"), IngestFixture.longs(reopened, "SELECT id FROM identity_corrections ORDER BY id")
                    .stream().map(id -> reopened.read(c -> {
                        try (var s = c.createStatement(); var r = s.executeQuery(
                                "SELECT action FROM identity_corrections WHERE id = " + id)) {
                            r.next();
                            return r.getString(1);
                        }
                    })).toList());
            assertNotEquals(0, IngestFixture.single(reopened, "SELECT count(*) FROM identity_links"));
        }
    }

    private static Map<Long, String> pidOfTrack(CaseStore store) {
        return store.read(c -> {
            Map<Long, String> pids = new HashMap<>();
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT d.track_id, f.file_path FROM detections d "
                    + "JOIN frames f ON f.id = d.frame_id")) {
                while (rows.next()) {
                    pids.put(rows.getLong(1), rows.getString(2).substring(0, 4));
                }
            }
            return pids;
        });
    }
}
