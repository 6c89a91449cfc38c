package org.sightline.core.cases.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;

/** The loaded vectors are reused while the case is unchanged, and never served stale after a write. */
class PersonSearchCacheTest {
    @TempDir
    Path dir;
    final Random random = new Random(7);
    final PersonSearchCache cache = new PersonSearchCache();
    CaseStore store;
    Source cameraA;

    @BeforeEach
    void caseWithTwentyPeople() {
        store = Cases.create(dir.resolve("case"), "cache");
        cameraA = store.addSource(SourceKind.VIDEO, dir.resolve("a.avi"));
        for (int i = 0; i < 20; i++) {
            SyntheticReid.addDetection(store, cameraA.id(), SyntheticReid.randomUnit(random));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnchangedCaseIsServedFromMemory() {
        PersonSearch first = cache.get(store);
        new Footage(store).detections(List.of(1L, 2L));
        assertSame(first, cache.get(store), "reads do not reload");
        assertEquals(20, first.size());
    }

    @Test
    void aDetectionAddedAfterTheFirstQueryAppearsInTheNextQuerysResults() {
        float[] query = SyntheticReid.randomUnit(random);
        List<PersonMatch> before = cache.get(store).rank(query, 5);
        long added = SyntheticReid.addDetection(store, cameraA.id(), query.clone());

        PersonSearch after = cache.get(store);
        assertEquals(21, after.size());
        PersonMatch best = after.rank(query, 5).getFirst();
        assertEquals(added, best.detection().id(), "the new detection, identical to the query, comes first");
        assertEquals(1.0, best.score(), 1e-5);
        assertEquals(false, before.stream().anyMatch(m -> m.detection().id() == added));
    }

    @Test
    void aDetectionIdReusedAfterItsSourceWasRemovedGetsItsNewVector() {
        // Detection ids are SQLite rowids without AUTOINCREMENT: removing the newest and adding one
        // reuses its id, so the count and the highest id are both unchanged.
        Source cameraB = store.addSource(SourceKind.VIDEO, dir.resolve("b.avi"));
        long removed = SyntheticReid.addDetection(store, cameraB.id(), SyntheticReid.randomUnit(random));
        int sizeBefore = cache.get(store).size();
        store.removeSource(cameraB.id());
        float[] replacement = SyntheticReid.randomUnit(random);
        long reused = SyntheticReid.addDetection(store, cameraA.id(), replacement);
        assertEquals(removed, reused, "precondition: SQLite gave the new detection the removed one's id");

        PersonSearch after = cache.get(store);
        assertEquals(sizeBefore, after.size());
        PersonMatch best = after.rank(replacement, 1).getFirst();
        assertEquals(reused, best.detection().id());
        assertEquals(1.0, best.score(), 1e-5, "scored with the new vector, not the removed detection's");
    }

    @Test
    void anIdentityEditIsSeenByTheNextQuery() {
        float[] query = SyntheticReid.randomUnit(random);
        long person = SyntheticReid.addDetection(store, cameraA.id(), query.clone());
        assertEquals(List.of(), cache.get(store).rankIdentities(query, 5), "nobody grouped yet");

        store.inTransaction(c -> {
            try (var identity = c.createStatement()) {
                identity.executeUpdate("INSERT INTO identities (id, created_ms) VALUES (41, 0)");
            }
            try (PreparedStatement assign = c.prepareStatement("UPDATE detections SET identity_id = 41 WHERE id = ?")) {
                assign.setLong(1, person);
                assign.executeUpdate();
            }
            return null;
        });

        List<IdentityMatch> identities = cache.get(store).rankIdentities(query, 5);
        assertEquals(1, identities.size());
        assertEquals(41, identities.getFirst().identityId());
    }

    @Test
    void anotherCaseLoadsItsOwnVectorsAndForgetOnlyDropsTheClosedOnes() {
        PersonSearch first = cache.get(store);
        try (CaseStore other = Cases.create(dir.resolve("other"), "other")) {
            Source source = other.addSource(SourceKind.VIDEO, dir.resolve("c.avi"));
            SyntheticReid.addDetection(other, source.id(), SyntheticReid.randomUnit(random));
            PersonSearch second = cache.get(other);
            assertEquals(1, second.size());
            cache.forget(store);
            assertSame(second, cache.get(other), "forgetting a case not held leaves the loaded one");
            cache.forget(other);
        }
        PersonSearch reloaded = cache.get(store);
        assertNotSame(first, reloaded);
        assertEquals(20, reloaded.size());
        cache.clear();
        assertNotSame(reloaded, cache.get(store));
    }
}
