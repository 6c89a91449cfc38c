package org.sightline.ui.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sightline.ui.fakes.PetsFootage.on;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.pipeline.SessionEmbedders;
import org.sightline.ui.common.Problem;
import org.sightline.ui.fakes.PetsFootage;

/** "Find this person" on the real PETS case, from a detection and from a picture file. */
class FindViewModelTest {
    static ExecutorService ui = Executors.newSingleThreadExecutor();
    static JobRunner jobs = new JobRunner(1);
    static ObservableList<Problem> problems = FXCollections.observableArrayList();
    static final List<DetectionRow> opened = new ArrayList<>();
    static CaseStore store;
    static SessionEmbedders embedders;
    static FindViewModel find;

    @BeforeAll
    static void open() {
        store = Cases.open(PetsFootage.folder());
        embedders = new SessionEmbedders(PetsFootage.engines());
        find = new FindViewModel(jobs, embedders, ui, opened::add, problems);
        find.setCase(store);
    }

    @AfterAll
    static void close() {
        jobs.close();
        embedders.close();
        store.close();
        ui.shutdown();
    }

    /** The middle detection of the longest track of someone walking (static figures give identical crops). */
    static DetectionRow walker() {
        long track = store.read(c -> {
            try (var statement = c.createStatement(); var rows = statement.executeQuery("SELECT track_id FROM detections "
                    + "WHERE track_id IS NOT NULL GROUP BY track_id HAVING max(x) - min(x) + max(y) - min(y) > 30 "
                    + "AND min(h) > 40 ORDER BY count(*) DESC, track_id LIMIT 1")) {
                rows.next();
                return rows.getLong(1);
            }
        });
        List<DetectionRow> rows = new Footage(store).detectionsOfTrack(track);
        return rows.get(rows.size() / 2);
    }

    @Test
    void aDetectionsBestMatchesAreTheSamePersonAndOpeningOneShowsIt() throws Exception {
        DetectionRow query = walker();
        on(ui, () -> find.findLike(query)).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), List.copyOf(problems));
        List<FindViewModel.Match> matches = on(ui, () -> List.copyOf(find.matches()));
        assertTrue(matches.size() > 3, "matches: " + matches.size());
        DetectionRow best = matches.getFirst().detection();
        assertTrue(best.id() != query.id(), "the query itself is left out");
        assertEquals(query.identityId(), best.identityId(), "the best match is the same person");
        assertEquals(1, matches.getFirst().rank());
        assertTrue(matches.get(0).match().score() >= matches.get(1).match().score(), "best first");

        on(ui, () -> {
            find.open(matches.getFirst());
            return null;
        });
        assertEquals(List.of(best), opened);
    }

    @Test
    void aPictureOfAPersonRanksThatPersonFirst() throws Exception {
        DetectionRow query = walker();
        on(ui, () -> find.findLike(query.thumbnail().orElseThrow())).get(60, TimeUnit.SECONDS);
        assertEquals(List.of(), List.copyOf(problems));
        FindViewModel.Match best = on(ui, () -> find.matches().getFirst());
        assertEquals(query.identityId(), best.detection().identityId(),
                "the crop's own person comes first (score " + best.match().score() + ")");
        assertTrue(best.match().score() > 0.8, "score " + best.match().score());
    }
}
