package org.sightline.ui.identities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sightline.ui.fakes.PetsFootage.on;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.footage.Appearance;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.footage.IdentitySummary;
import org.sightline.core.jobs.JobRunner;
import org.sightline.ui.common.Problem;
import org.sightline.ui.fakes.PetsFootage;

/** The identity gallery on a copy of the real PETS case: listing, merge and split, each saved and reloaded. */
class IdentitiesViewModelTest {
    @TempDir
    static Path temp;
    static ExecutorService ui = Executors.newSingleThreadExecutor();
    static ExecutorService reads = Executors.newSingleThreadExecutor();
    static JobRunner jobs = new JobRunner(1);
    static ObservableList<Problem> problems = FXCollections.observableArrayList();
    static CaseStore store;
    static IdentitiesViewModel identities = new IdentitiesViewModel(jobs, reads, ui, problems);

    @BeforeAll
    static void open() throws Exception {
        store = Cases.open(PetsFootage.copy(temp.resolve("case")));
    }

    @AfterAll
    static void close() {
        jobs.close();
        store.close();
        ui.shutdown();
        reads.shutdown();
    }

    private static List<Long> shownIds() throws Exception {
        return on(ui, () -> identities.identities().stream().map(IdentitySummary::id).toList());
    }

    private static List<Long> storedIds() {
        return new Footage(store).identities().stream().map(IdentitySummary::id).toList();
    }

    @Test
    void listsTheCasesIdentitiesThenMergesTwoAndSplitsTheTrackOutAgain() throws Exception {
        on(ui, () -> identities.show(store)).get(10, TimeUnit.SECONDS);
        List<Long> before = storedIds();
        assertTrue(before.size() >= 3, "the PETS clip shows several people, got " + before);
        assertEquals(before, shownIds());

        IdentitySummary[] pair = disjointPair().orElse(null);
        assumeTrue(pair != null, "no two identities of the ingested frames are seen at disjoint times; cannot merge");
        on(ui, () -> {
            identities.choose(List.of(pair[0], pair[1]));
            return identities.mergeChosen();
        }).get(20, TimeUnit.SECONDS);
        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(before.size() - 1, shownIds().size(), "two people became one");
        assertEquals(storedIds(), shownIds());
        long merged = new Footage(store).appearances(pair[0].id()).isEmpty() ? pair[1].id() : pair[0].id();
        IdentitySummary mergedPerson = on(ui, () -> identities.identities().stream()
                .filter(i -> i.id() == merged).findFirst().orElseThrow());
        assertEquals(pair[0].detections() + pair[1].detections(), mergedPerson.detections());

        List<TrackChoice> tracks = identities.tracksOf(mergedPerson);
        assertTrue(tracks.size() >= 2, "the merged person has both tracks: " + tracks);
        on(ui, () -> identities.split(tracks.getLast().trackId())).get(20, TimeUnit.SECONDS);
        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(before.size(), shownIds().size(), "the track is a person of its own again");
        assertEquals(storedIds(), shownIds());
    }

    /** Two identities never seen in the same frame, so that merging them is allowed. */
    private static Optional<IdentitySummary[]> disjointPair() {
        Footage footage = new Footage(store);
        List<IdentitySummary> all = footage.identities();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (span(footage, all.get(i)).stream().noneMatch(span(footage, all.get(j))::contains)) {
                    return Optional.of(new IdentitySummary[] {all.get(i), all.get(j)});
                }
            }
        }
        return Optional.empty();
    }

    private static Set<Long> span(Footage footage, IdentitySummary identity) {
        List<Appearance> seen = footage.appearances(identity.id());
        Set<Long> frames = new HashSet<>();
        for (long f = seen.getFirst().frameIndex(); f <= seen.getLast().frameIndex(); f++) {
            frames.add(f);
        }
        return frames;
    }
}
