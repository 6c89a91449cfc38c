package org.sightline.core.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.vl.ModelIdentity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagedVectorIndexCloseTest {
    static final ModelIdentity MODEL = new ModelIdentity("slow-test", "a".repeat(64));
    static final IndexSpec SPEC = new IndexSpec(MODEL, 8);
    static final JobContext NO_JOB = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    @TempDir
    Path dir;

    /** Source of {@code count} random unit vectors, ids 1..count. */
    record RandomSource(long count) implements VectorSource {
        @Override
        public IndexSpec spec() {
            return SPEC;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public void forEach(VectorSink sink, JobContext context) {
            Random random = new Random(7);
            for (long id = 1; id <= count; id++) {
                float[] v = new float[SPEC.dimension()];
                double norm = 0;
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) random.nextGaussian();
                    norm += v[i] * v[i];
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] /= (float) Math.sqrt(norm);
                }
                sink.accept(id, v);
            }
        }
    }

    /** An approximate index that takes its time over every batch and records writes after it was closed. */
    static final class SlowFactory implements ApproximateIndexFactory {
        final CountDownLatch writing = new CountDownLatch(1);
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger writesAfterClose = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public VectorIndex open(Path folder, IndexSpec spec) {
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            ExactVectorIndex inner = ExactVectorIndex.inMemory(spec);
            return new VectorIndex() {
                @Override
                public IndexSpec spec() {
                    return spec;
                }

                @Override
                public long size() {
                    return inner.size();
                }

                @Override
                public long[] ids() {
                    return inner.ids();
                }

                @Override
                public void add(ModelIdentity model, long id, float[] vector) {
                    addAll(model, new long[] {id}, new float[][] {vector});
                }

                @Override
                public void addAll(ModelIdentity model, long[] ids, float[][] vectors) {
                    write(() -> inner.addAll(model, ids, vectors));
                }

                @Override
                public boolean remove(long id) {
                    write(() -> inner.remove(id));
                    return true;
                }

                @Override
                public List<ScoredId> search(ModelIdentity model, float[] query, int k) {
                    return inner.search(model, query, k);
                }

                @Override
                public void commit() {
                    write(() -> { });
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            };
        }

        private void write(Runnable work) {
            if (closed.get()) {
                writesAfterClose.incrementAndGet();
            }
            inFlight.incrementAndGet();
            writing.countDown();
            try {
                Thread.sleep(100);
                work.run();
                writes.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    @Test
    void closeWaitsForTheRunningBuildToStopAndNothingWritesAfterwards() throws Exception {
        SlowFactory factory = new SlowFactory();
        Path folder = dir.resolve("index");
        try (JobRunner runner = new JobRunner(1)) {
            ManagedVectorIndex index = ManagedVectorIndex.open(folder, new RandomSource(2_000),
                    new VectorIndexPolicy(100, 50), factory, runner, NO_JOB);
            var build = index.build().orElseThrow();
            assertTrue(factory.writing.await(10, TimeUnit.SECONDS), "the build started writing");

            index.close();

            assertEquals(0, factory.inFlight.get(), "close returned while the build was still writing");
            assertTrue(factory.closed.get(), "the building index was left open");
            assertFalse(Files.exists(folder.resolve(ManagedVectorIndex.BUILDING_DIR)), "half-built folder left behind");
            assertFalse(Files.exists(folder.resolve(ManagedVectorIndex.APPROXIMATE_DIR)));
            java.util.concurrent.ExecutionException stopped = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> build.result().get(5, TimeUnit.SECONDS));
            assertInstanceOf(JobCancelledException.class, stopped.getCause(), "the build was cancelled, not failed");

            int writes = factory.writes.get();
            Thread.sleep(300);
            assertEquals(writes, factory.writes.get(), "written after close");
            assertEquals(0, factory.writesAfterClose.get());
            assertTrue(writes < 40, "cancelled early, not after all 40 batches: " + writes);
        }
    }

    @Test
    void aBuildQueuedBehindOtherWorkDoesNothingOnceClosed() throws Exception {
        SlowFactory factory = new SlowFactory();
        Path folder = dir.resolve("index");
        CountDownLatch release = new CountDownLatch(1);
        try (JobRunner runner = new JobRunner(1)) {
            runner.submit("occupies the only worker", context -> {
                release.await();
                return null;
            });
            ManagedVectorIndex index = ManagedVectorIndex.open(folder, new RandomSource(500),
                    new VectorIndexPolicy(100, 50), factory, runner, NO_JOB);
            var build = index.build().orElseThrow();
            index.close();                      // must not wait for the queued build to get a thread
            release.countDown();
            assertThrows(Exception.class, () -> build.result().get(10, TimeUnit.SECONDS));
            assertEquals(0, factory.writes.get());
            assertFalse(Files.exists(folder.resolve(ManagedVectorIndex.BUILDING_DIR)));
        }
    }
}
