package org.sightline.engine.lucene;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ManagedVectorIndex;
import org.sightline.core.search.VectorIndexPolicy;
import org.sightline.core.search.VectorSink;
import org.sightline.core.search.VectorSource;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.lucene.bench.ClusteredVectors;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagedVectorIndexTest {
    static final ModelIdentity MODEL = new ModelIdentity("clip-test", "e".repeat(64));
    static final IndexSpec SPEC = new IndexSpec(MODEL, 256);
    static final VectorIndexPolicy POLICY = new VectorIndexPolicy(500, 100);
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

    /** Stands in for the case's embeddings table: the app writes there and to the index. */
    static final class MapSource implements VectorSource {
        final Map<Long, float[]> vectors = new LinkedHashMap<>();

        @Override
        public IndexSpec spec() {
            return SPEC;
        }

        @Override
        public synchronized long count() {
            return vectors.size();
        }

        @Override
        public void forEach(VectorSink sink, JobContext context) {
            Map<Long, float[]> snapshot;
            synchronized (this) {
                snapshot = new LinkedHashMap<>(vectors);
            }
            snapshot.forEach(sink::accept);
        }

        synchronized void put(long id, float[] vector) {
            vectors.put(id, vector);
        }
    }

    @Test
    void switchesToHnswInTheBackgroundKeepingChangesMadeMeanwhile() throws Exception {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(256, 9);
        MapSource source = new MapSource();
        Path folder = dir.resolve("index").resolve(SPEC.folderName());
        try (JobRunner runner = new JobRunner(1)) {
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, new HnswIndexFactory(), runner, NO_JOB)) {
                for (long id = 1; id <= 400; id++) {
                    float[] v = generator.next();
                    source.put(id, v);
                    index.add(MODEL, id, v);
                }
                index.commit();
                assertFalse(index.isApproximate());
                assertTrue(Files.exists(folder.resolve("exact.vec")));

                long[] ids = new long[200];
                float[][] vectors = generator.next(200);
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = 401 + i;
                    source.put(ids[i], vectors[i]);
                }
                index.addAll(MODEL, ids, vectors);        // crosses 500: the build starts
                var build = index.build().orElseThrow();
                float[] late = generator.next();           // made while building: must be replayed
                source.put(9_999, late);
                index.add(MODEL, 9_999, late);
                index.remove(3);
                source.vectors.remove(3L);
                assertEquals(9_999, index.search(MODEL, late, 1).getFirst().id(), "exact answers during the build");

                build.result().get(60, TimeUnit.SECONDS);
                assertTrue(index.isApproximate());
                assertEquals(600, index.size());
                assertEquals(9_999, index.search(MODEL, late, 1).getFirst().id());
                assertTrue(index.search(MODEL, source.vectors.get(4L), 50).stream().noneMatch(h -> h.id() == 3));
                assertFalse(Files.exists(folder.resolve("exact.vec")));
                index.commit();
            }
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, new HnswIndexFactory(), runner, NO_JOB)) {
                assertTrue(index.isApproximate());
                assertEquals(600, index.size());
                assertTrue(index.notices().isEmpty(), index.notices().toString());
            }
        }
    }

    @Test
    void damagedHnswFolderIsReportedAndRebuiltFromTheSource() throws Exception {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(256, 4);
        MapSource source = new MapSource();
        for (long id = 1; id <= 700; id++) {
            source.put(id, generator.next());
        }
        Path folder = dir.resolve("index").resolve(SPEC.folderName());
        try (JobRunner runner = new JobRunner(1)) {
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, new HnswIndexFactory(), runner, NO_JOB)) {
                assertEquals(700, index.size(), "rebuilt exact from the source at once");
                index.build().orElseThrow().result().get(60, TimeUnit.SECONDS);
                assertTrue(index.isApproximate());
            }
            Path hnsw = folder.resolve("hnsw");
            Path largest;
            try (Stream<Path> files = Files.list(hnsw)) {
                largest = files.max(Comparator.comparingLong(ManagedVectorIndexTest::length)).orElseThrow();
            }
            try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() / 3);
            }
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, new HnswIndexFactory(), runner, NO_JOB)) {
                assertTrue(index.notices().getFirst().contains(hnsw.toString()), index.notices().toString());
                assertFalse(index.isApproximate());
                assertEquals(700, index.size(), "exact search works while the graph is rebuilt");
                float[] query = source.vectors.get(77L);
                assertEquals(77, index.search(MODEL, query, 1).getFirst().id());
                index.build().orElseThrow().result().get(60, TimeUnit.SECONDS);
                assertTrue(index.isApproximate());
                assertEquals(77, index.search(MODEL, query, 1).getFirst().id());
            }
        }
    }

    /** Counts the approximate indexes built from scratch (opened in the building folder). */
    static final class CountingHnsw implements org.sightline.core.search.ApproximateIndexFactory {
        final HnswIndexFactory real = new HnswIndexFactory();
        int builds;

        @Override
        public org.sightline.core.search.VectorIndex open(Path folder, IndexSpec spec) {
            if (folder.getFileName().toString().equals("hnsw.building")) {
                builds++;
            }
            return real.open(folder, spec);
        }
    }

    @Test
    void laggingHnswIndexCatchesUpInsteadOfBeingRebuilt() throws Exception {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(256, 5);
        MapSource source = new MapSource();
        for (long id = 1; id <= 600; id++) {
            source.put(id, generator.next());
        }
        Path folder = dir.resolve("index").resolve(SPEC.folderName());
        CountingHnsw factory = new CountingHnsw();
        try (JobRunner runner = new JobRunner(1)) {
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, factory, runner, NO_JOB)) {
                index.build().orElseThrow().result().get(60, TimeUnit.SECONDS);
                assertTrue(index.isApproximate());
            }
            for (long id = 601; id <= 650; id++) {   // embedded while the case was closed
                source.put(id, generator.next());
            }
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, POLICY, factory, runner, NO_JOB)) {
                assertTrue(index.isApproximate(), "kept the graph");
                assertTrue(index.build().isEmpty(), "no rebuild");
                assertEquals(650, index.size());
                assertEquals(620, index.search(MODEL, source.vectors.get(620L), 1).getFirst().id());
                assertTrue(index.notices().isEmpty(), index.notices().toString());

                for (long id = 651; id <= 680; id++) {   // embedded while it is open
                    source.put(id, generator.next());
                }
                source.vectors.remove(10L);
                assertEquals(31, index.catchUp(NO_JOB));
                assertEquals(679, index.size());
                assertEquals(670, index.search(MODEL, source.vectors.get(670L), 1).getFirst().id());
                assertTrue(index.search(MODEL, source.vectors.get(11L), 50).stream().noneMatch(h -> h.id() == 10));
                assertTrue(index.build().isEmpty());
            }
            assertEquals(1, factory.builds, "built once, then only added to");
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
