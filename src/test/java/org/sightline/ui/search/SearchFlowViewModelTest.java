package org.sightline.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.core.vl.search.SearchHit;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;

class SearchFlowViewModelTest {

    /** A port answering with fixed hits; records requests and which thread-queue ran them. */
    private static final class FakePort implements SearchPort {
        final List<SearchRequest> requests = new ArrayList<>();
        final List<String> past = new ArrayList<>();
        Optional<String> pack = Optional.empty();

        @Override
        public Optional<String> searchPack() {
            return pack;
        }

        @Override
        public SearchResults search(SearchRequest request) {
            requests.add(request);
            if (request.isText()) {
                past.addFirst(request.text());
            }
            List<SearchHit> hits = List.of(new SearchHit(7, 0.9, 0.8), new SearchHit(3, 0.5, 0.5), new SearchHit(9, 0.2, 0.2));
            return new SearchResults(request, hits, new ModelIdentity("fake", "f".repeat(64)), 3, 4, List.of());
        }

        @Override
        public List<String> history() {
            return List.copyOf(past);
        }

        @Override
        public Optional<String> filterPredictor() {
            return Optional.of("p");
        }

        @Override
        public Optional<Path> thumbnail(long detectionId) {
            return Optional.of(Path.of("/thumbs/" + detectionId + ".jpg"));
        }
    }

    @Test
    void searchRunsInTheBackgroundThenShowsRankedResultsAboveTheThreshold() {
        FakePort port = new FakePort();
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        SearchViewModel search = new SearchViewModel(new SimpleBooleanProperty(true), port, background::add, ui::add);
        search.queryProperty().set("  woman in a red top ");
        search.filterProperty().set("personalFemale >= 0.6");
        assertTrue(search.search());
        assertTrue(search.runningProperty().get());
        assertFalse(search.canSearchProperty().get(), "one search at a time");
        assertTrue(port.requests.isEmpty(), "nothing ran on the calling (UI) thread");

        background.poll().run();
        assertTrue(search.results().isEmpty(), "results arrive on the UI thread only");
        ui.poll().run();
        assertFalse(search.runningProperty().get());
        SearchRequest sent = port.requests.getFirst();
        assertEquals("woman in a red top", sent.text());
        assertEquals("personalFemale >= 0.6", sent.filter().toString());
        assertEquals("p", sent.filterPredictorId());
        assertEquals(List.of(7L, 3L, 9L), search.results().stream().map(SearchResultItem::detectionId).toList());
        assertEquals(1, search.results().getFirst().rank());
        assertEquals(Optional.of(Path.of("/thumbs/7.jpg")), search.results().getFirst().thumbnail());
        assertEquals(List.of("woman in a red top"), search.history());
        assertTrue(search.statusProperty().get().startsWith("3 results"));

        search.thresholdProperty().set(0.4);
        assertEquals(List.of(7L, 3L), search.results().stream().map(SearchResultItem::detectionId).toList(),
                "the slider filters by similarity without searching again");
        assertEquals(1, port.requests.size());

        assertNull(search.selectedDetectionProperty().get());
        search.select(search.results().get(1));
        assertEquals(3L, search.selectedDetectionProperty().get());

        assertTrue(search.moreLikeThis(3));
        background.poll().run();
        ui.poll().run();
        assertEquals(3L, port.requests.get(1).likeDetection());
    }

    @Test
    void theStatusSaysFirstWhichSearchPackEncodedTheQuery() {
        FakePort port = new FakePort();
        port.pack = Optional.of("market-ids");
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> ui = new ArrayDeque<>();
        SearchViewModel search = new SearchViewModel(new SimpleBooleanProperty(true), port, background::add, ui::add);
        search.queryProperty().set("man in red");
        assertTrue(search.search());
        background.poll().run();
        ui.poll().run();
        assertTrue(search.statusProperty().get().startsWith("Search pack 'market-ids' · 3 results for “man in red”"),
                search.statusProperty().get());
    }

    @Test
    void badFilterIsReportedAndNothingRuns() {
        FakePort port = new FakePort();
        SearchViewModel search = new SearchViewModel(new SimpleBooleanProperty(true), port, Runnable::run, Runnable::run);
        search.queryProperty().set("red");
        search.filterProperty().set("personalFemale > 0.6");
        assertFalse(search.search());
        assertTrue(search.statusProperty().get().startsWith("Filter: filter condition 1"));
        assertTrue(port.requests.isEmpty());
    }
}
