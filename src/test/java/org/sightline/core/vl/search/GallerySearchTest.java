package org.sightline.core.vl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.store.AttributeFilter;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.jobs.JobRunner;

class GallerySearchTest {
    @TempDir
    Path temp;

    // c00 red, c01 dark red, c02 green, c03 blue, c04 purple-ish (red + blue)
    private static final List<int[]> COLOURS = List.of(new int[] {230, 20, 20}, new int[] {150, 30, 30},
            new int[] {20, 200, 20}, new int[] {20, 20, 220}, new int[] {180, 20, 180});

    @Test
    void textRanksMatchingColoursFirstAndThresholdFilterAndHistoryCombine() throws Exception {
        FakeVlModel model = new FakeVlModel("fake", 'f');
        try (CaseStore store = ColourCase.create(temp, COLOURS); JobRunner runner = new JobRunner(1);
             CaseSearch search = new CaseSearch(store, "fake", id -> model, null, runner, new ColourRerank(0))) {
            search.embeddingJob().run(ColourCase.quiet());
            List<Long> ids = detectionIds(store);

            SearchResults red = search.search(SearchRequest.text("a man in red").withColourRerank(false), ColourCase.quiet());
            assertEquals(List.of(ids.get(0), ids.get(1)), red.hits().subList(0, 2).stream().map(SearchHit::detectionId).toList());
            assertEquals(5, red.hits().size());
            assertTrue(red.hits().get(0).score() >= red.hits().get(1).score());

            SearchResults strong = search.search(SearchRequest.text("red").withThreshold(0.9), ColourCase.quiet());
            assertTrue(strong.hits().stream().allMatch(h -> h.similarity() >= 0.9));
            assertFalse(strong.hits().stream().anyMatch(h -> h.detectionId() == ids.get(2)), "green is not red");

            new AttributePredictions(store).register(new PredictorInfo("p", "test", ""));
            var predictions = new AttributePredictions(store);
            predictions.save(ids.get(0), new AttributeScores("p", java.util.Map.of("personalFemale", 0.2f)));
            predictions.save(ids.get(1), new AttributeScores("p", java.util.Map.of("personalFemale", 0.9f)));
            predictions.save(ids.get(3), new AttributeScores("p", java.util.Map.of("personalFemale", 0.9f)));
            SearchResults filtered = search.search(SearchRequest.text("red").withFilter(
                    AttributeFilter.parse("personalFemale >= 0.6", null), "p"), ColourCase.quiet());
            assertEquals(List.of(ids.get(1), ids.get(3)), filtered.hits().stream().map(SearchHit::detectionId).toList(),
                    "only filtered detections, still ranked by the text");
            SearchResults filteredStrong = search.search(SearchRequest.text("red").withThreshold(0.9).withFilter(
                    AttributeFilter.parse("personalFemale >= 0.6", null), "p"), ColourCase.quiet());
            assertEquals(List.of(ids.get(1)), filteredStrong.hits().stream().map(SearchHit::detectionId).toList(),
                    "threshold and filter both apply");

            SearchResults like = search.search(SearchRequest.moreLike(ids.get(0)), ColourCase.quiet());
            assertEquals(ids.get(1), like.hits().getFirst().detectionId(), "dark red is most like red");
            assertFalse(like.hits().stream().anyMatch(h -> h.detectionId() == ids.get(0)), "the query crop is left out");

            assertEquals(List.of("red", "a man in red"), search.history(10).stream().map(QueryHistory.Entry::query).toList());
        }
    }

    @Test
    void colourEvidenceReranksWhenTheModelCannotTellColours() throws Exception {
        FakeVlModel blind = new FakeVlModel("blind", 'b') {
            @Override
            public float[][] encodeTexts(List<String> texts) {
                return texts.stream().map(t -> new float[] {0.577f, 0.577f, 0.577f}).toArray(float[][]::new);
            }
        };
        try (CaseStore store = ColourCase.create(temp, COLOURS); JobRunner runner = new JobRunner(1);
             CaseSearch search = new CaseSearch(store, "blind", id -> blind, null, runner, new ColourRerank(0.5))) {
            search.embeddingJob().run(ColourCase.quiet());
            List<Long> ids = detectionIds(store);
            SearchResults plain = search.search(SearchRequest.text("a person in a blue top").withColourRerank(false),
                    ColourCase.quiet());
            SearchResults reranked = search.search(SearchRequest.text("a person in a blue top"), ColourCase.quiet());
            assertTrue(plain.hits().getFirst().detectionId() != ids.get(3), "the blind model does not find blue by itself");
            assertEquals(ids.get(3), reranked.hits().getFirst().detectionId(), "the blue crop comes first after re-ranking");
            assertEquals(reranked.hits().getFirst().similarity() + 0.5, reranked.hits().getFirst().score(), 1e-6,
                    "an all-blue crop gets the full colour bonus");
        }
    }

    static List<Long> detectionIds(CaseStore store) {
        return store.read(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT d.id FROM detections d JOIN frames f "
                    + "ON f.id = d.frame_id ORDER BY f.file_path")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        });
    }
}
