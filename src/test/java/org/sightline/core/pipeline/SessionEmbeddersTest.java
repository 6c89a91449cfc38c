package org.sightline.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.EmbeddingModelMismatchException;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.RgbImage;

/** The session's query model: opened once, reused, reopened for another id, closed with the session. */
class SessionEmbeddersTest {
    static final String SHA = "cd".repeat(32);
    static final EmbeddingModel OSNET = FakeReidEngines.model("osnet", SHA);
    static final RgbImage RED = solid(200, 10, 10);

    static RgbImage solid(int r, int g, int b) {
        byte[] pixels = new byte[4 * 8 * 3];
        for (int i = 0; i < pixels.length; i += 3) {
            pixels[i] = (byte) r;
            pixels[i + 1] = (byte) g;
            pixels[i + 2] = (byte) b;
        }
        return new RgbImage(4, 8, pixels);
    }

    @Test
    void theModelIsOpenedOnceForManyQueriesAndClosedWithTheSession() throws Exception {
        FakeReidEngines engines = new FakeReidEngines(SHA, 0);
        SessionEmbedders embedders = new SessionEmbedders(engines);
        assertEquals(0, engines.opened.size(), "nothing opened before the first query");
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(FakeReidEngines.vectorOf(RED), embedders.embed(OSNET, List.of(RED))[0]);
        }
        assertEquals(1, engines.opened.size());
        assertEquals(5, engines.opened.getFirst().calls.get());
        assertFalse(engines.opened.getFirst().closed, "kept open between queries");

        embedders.close();
        assertTrue(engines.opened.getFirst().closed);
        IllegalStateException after = assertThrows(IllegalStateException.class,
                () -> embedders.embed(OSNET, List.of(RED)));
        assertTrue(after.getMessage().contains("closed"), after.getMessage());
        assertEquals(1, engines.opened.size(), "not reopened after close");
        embedders.close();
    }

    @Test
    void anotherModelIdClosesTheOpenModelAndOpensThatOne() throws Exception {
        FakeReidEngines engines = new FakeReidEngines(SHA, 0);
        try (SessionEmbedders embedders = new SessionEmbedders(engines)) {
            embedders.embed(OSNET, List.of(RED));
            embedders.embed(FakeReidEngines.model("osnet-wide", SHA), List.of(RED));
            assertEquals(List.of("osnet", "osnet-wide"), engines.opened.stream().map(e -> e.modelId()).toList());
            assertTrue(engines.opened.get(0).closed, "the first model is closed when the id changes");
            assertFalse(engines.opened.get(1).closed);
            embedders.embed(OSNET, List.of(RED));
            assertEquals(3, engines.opened.size(), "switching back reopens");
        }
        assertTrue(engines.opened.stream().allMatch(e -> e.closed));
    }

    @Test
    void aModelFileOtherThanTheCasesIsRefusedBeforeEmbedding() throws Exception {
        FakeReidEngines engines = new FakeReidEngines("ef".repeat(32), 0);
        try (SessionEmbedders embedders = new SessionEmbedders(engines)) {
            assertThrows(EmbeddingModelMismatchException.class, () -> embedders.embed(OSNET, List.of(RED)));
            assertEquals(0, engines.opened.getFirst().calls.get());
        }
    }

    @Test
    void aFailedEmbedClosesTheModelAndTheNextQueryOpensItAfresh() throws Exception {
        FakeReidEngines engines = new FakeReidEngines(SHA, 0);
        try (SessionEmbedders embedders = new SessionEmbedders(engines)) {
            engines.failNextEmbed(new InferenceException("native failure"));
            assertThrows(InferenceException.class, () -> embedders.embed(OSNET, List.of(RED)));
            assertTrue(engines.opened.getFirst().closed);
            assertArrayEquals(FakeReidEngines.vectorOf(RED), embedders.embed(OSNET, List.of(RED))[0]);
            assertEquals(2, engines.opened.size());
        }
    }

    @Test
    void queriesFromSeveralThreadsShareOneModelOneCallAtATime() throws Exception {
        FakeReidEngines engines = new FakeReidEngines(SHA, 5);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (SessionEmbedders embedders = new SessionEmbedders(engines)) {
            List<Future<float[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                RgbImage image = solid(i * 15, 100, 255 - i * 15);
                results.add(threads.submit(() -> embedders.embed(OSNET, List.of(image))[0]));
            }
            for (int i = 0; i < 16; i++) {
                assertArrayEquals(FakeReidEngines.vectorOf(solid(i * 15, 100, 255 - i * 15)), results.get(i).get(),
                        "query " + i + " got its own picture's vector");
            }
            assertEquals(1, engines.opened.size(), "one model for all threads");
            assertEquals(1, engines.mostAtOnce.get(), "embed calls never overlapped");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void closeWaitsForTheQueryInProgress() throws Exception {
        FakeReidEngines engines = new FakeReidEngines(SHA, 300);
        SessionEmbedders embedders = new SessionEmbedders(engines);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<float[][]> query = thread.submit(() -> embedders.embed(OSNET, List.of(RED)));
            while (engines.opened.isEmpty() || engines.opened.getFirst().calls.get() == 0) {
                Thread.sleep(1);
            }
            embedders.close();
            assertEquals(1, query.get().length, "the query finished on an open model");
            assertSame(true, engines.opened.getFirst().closed);
        } finally {
            thread.shutdownNow();
        }
    }
}
