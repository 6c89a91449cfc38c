package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.jobs.JobRunner;

class LazyModelTest {
    private final JobRunner runner = new JobRunner(2);

    @AfterEach
    void tearDown() {
        runner.close();
    }

    static final class FakeModel implements AutoCloseable {
        final String loadedOn = Thread.currentThread().getName();
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void loadsOnceOnAJobThreadAndClosesOnClose() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        LazyModel<FakeModel> lazy = new LazyModel<>("fake", runner, context -> {
            loads.incrementAndGet();
            release.await();  // a timed wait could end before the test looked, on a slow machine; close() interrupts it
            return new FakeModel();
        });
        assertFalse(lazy.isLoaded());
        List<java.util.concurrent.CompletableFuture<FakeModel>> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(lazy.get());
        }
        assertFalse(lazy.isLoaded(), "still loading: get() does not block the caller");
        release.countDown();
        FakeModel model = lazy.await();
        for (var request : requests) {
            assertSame(model, request.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, loads.get());
        assertEquals("sightline-job", model.loadedOn);
        assertNotEquals(Thread.currentThread().getName(), model.loadedOn);
        assertTrue(lazy.isLoaded());

        lazy.close();
        assertTrue(model.closed);
        assertThrows(IllegalStateException.class, lazy::get);
    }

    @Test
    void failedLoadIsReportedAndRetriedOnTheNextRequest() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        LazyModel<FakeModel> lazy = new LazyModel<>("flaky", runner, context -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ModelMissingException("flaky", "model file not there yet");
            }
            return new FakeModel();
        });
        ModelMissingException e = assertThrows(ModelMissingException.class, lazy::await);
        assertEquals("model file not there yet", e.getMessage());
        assertFalse(lazy.isLoaded());
        FakeModel model = lazy.await();
        assertEquals(2, attempts.get());
        lazy.close();
        assertTrue(model.closed);
    }

    @Test
    void closingDuringLoadClosesTheModelWhenItArrives() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeModel[] made = new FakeModel[1];
        LazyModel<FakeModel> lazy = new LazyModel<>("slow", runner, context -> {
            started.countDown();
            release.await();  // released by the test once it closed the LazyModel
            made[0] = new FakeModel();
            return made[0];
        });
        var pending = lazy.get();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        lazy.close();
        release.countDown();
        try {
            pending.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException ignored) {
            // the runner may report the cancelled job as failed or cancelled
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((made[0] == null || !made[0].closed) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(made[0] != null && made[0].closed, "model loaded after close() was closed");
    }

    @Test
    void loaderFailureWithIoExceptionKeepsItsType() {
        LazyModel<FakeModel> lazy = new LazyModel<>("broken", runner, context -> {
            throw new IOException("cannot read weights");
        });
        IOException e = assertThrows(IOException.class, lazy::await);
        assertEquals("cannot read weights", e.getMessage());
    }
}
