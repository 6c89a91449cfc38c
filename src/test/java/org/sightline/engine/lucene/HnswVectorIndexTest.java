package org.sightline.engine.lucene;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.search.CorruptIndexException;
import org.sightline.core.search.ExactVectorIndex;
import org.sightline.core.search.IndexMismatchException;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ScoredId;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.lucene.bench.ClusteredVectors;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HnswVectorIndexTest {
    static final ModelIdentity MODEL = new ModelIdentity("clip-test", "c".repeat(64));
    static final IndexSpec SPEC = new IndexSpec(MODEL, 256);

    @TempDir
    Path dir;

    @Test
    void recallAtTenAgainstExactSearchIsAtLeastNinetyPercent() {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(256, 11);
        float[][] vectors = generator.next(20_000);
        long[] ids = new long[vectors.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 5 * i + 1;
        }
        ExactVectorIndex exact = ExactVectorIndex.inMemory(SPEC);
        exact.addAll(MODEL, ids, vectors);
        // beamWidth 50 halves the build time of Lucene's default 100; recall stays well above 0.9
        try (HnswVectorIndex hnsw = HnswVectorIndex.open(dir.resolve("hnsw"), SPEC, new HnswParameters(16, 50, 5))) {
            hnsw.addAll(MODEL, ids, vectors);
            hnsw.commit();
            int found = 0;
            int queries = 100;
            for (int q = 0; q < queries; q++) {
                float[] query = generator.next();
                Set<Long> truth = new HashSet<>(exact.search(MODEL, query, 10).stream().map(ScoredId::id).toList());
                List<ScoredId> hits = hnsw.search(MODEL, query, 10);
                assertEquals(10, hits.size());
                found += (int) hits.stream().filter(hit -> truth.contains(hit.id())).count();
            }
            double recall = found / (10.0 * queries);
            assertTrue(recall >= 0.9, "recall@10 " + recall);
        }
    }

    @Test
    void addsAfterReopenDeletesAndReplacesWithScoresAsDotProducts() {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(256, 5);
        float[][] vectors = generator.next(300);
        Path folder = dir.resolve("hnsw");
        try (HnswVectorIndex index = HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT)) {
            for (int i = 0; i < 200; i++) {
                index.add(MODEL, i, vectors[i]);
            }
            index.commit();
        }
        try (HnswVectorIndex index = HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT)) {
            assertEquals(200, index.size());
            for (int i = 200; i < 300; i++) {
                index.add(MODEL, i, vectors[i]);
            }
            assertEquals(300, index.size(), "adds are searchable before commit");
            ScoredId top = index.search(MODEL, vectors[250], 1).getFirst();
            assertEquals(250, top.id());
            assertEquals(1.0f, top.score(), 1e-4);

            assertTrue(index.remove(250));
            assertFalse(index.remove(250));
            assertTrue(index.search(MODEL, vectors[250], 10).stream().noneMatch(hit -> hit.id() == 250));
            index.add(MODEL, 7, vectors[299]);   // replaces 7's vector
            assertEquals(299, index.size());
            index.commit();
        }
        try (HnswVectorIndex index = HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT)) {
            assertEquals(299, index.size());
            List<Long> best = index.search(MODEL, vectors[299], 2).stream().map(ScoredId::id).sorted().toList();
            assertEquals(List.of(7L, 299L), best);
        }
    }

    @Test
    void refusesAnotherModelAndDimension() {
        Path folder = dir.resolve("hnsw");
        HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT).close();
        ModelIdentity other = new ModelIdentity("clip-test", "d".repeat(64));
        IndexMismatchException reopened = assertThrows(IndexMismatchException.class,
                () -> HnswVectorIndex.open(folder, new IndexSpec(other, 256), HnswParameters.DEFAULT));
        assertTrue(reopened.getMessage().contains(folder.toString()) && reopened.getMessage().contains("dddd"),
                reopened.getMessage());
        try (HnswVectorIndex index = HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT)) {
            assertThrows(IndexMismatchException.class, () -> index.add(other, 1, new float[256]));
            IndexMismatchException size = assertThrows(IndexMismatchException.class,
                    () -> index.search(MODEL, new float[512], 3));
            assertTrue(size.getMessage().contains("512") && size.getMessage().contains("256"), size.getMessage());
        }
    }

    @Test
    void damagedFolderIsReportedNamingIt() throws IOException {
        Path folder = dir.resolve("hnsw");
        try (HnswVectorIndex index = HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT)) {
            index.addAll(MODEL, new long[]{1, 2, 3}, ClusteredVectors.embeddingLike(256, 1).next(3));
            index.commit();
        }
        Path largest;
        try (Stream<Path> files = Files.list(folder)) {
            largest = files.max(Comparator.comparingLong(HnswVectorIndexTest::length)).orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        CorruptIndexException damaged = assertThrows(CorruptIndexException.class,
                () -> HnswVectorIndex.open(folder, SPEC, HnswParameters.DEFAULT));
        assertEquals(folder, damaged.location());
        assertTrue(damaged.getMessage().contains(folder.toString()), damaged.getMessage());
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
