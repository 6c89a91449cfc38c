package org.sightline.core.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.Vectors;
import org.sightline.core.vl.ModelIdentity;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactVectorIndexTest {
    static final ModelIdentity MODEL = new ModelIdentity("clip-test", "a".repeat(64));
    static final ModelIdentity OTHER = new ModelIdentity("clip-test", "b".repeat(64));
    static final IndexSpec SPEC = new IndexSpec(MODEL, 67);

    @TempDir
    Path dir;

    static float[] randomUnit(Random random, int dimension) {
        float[] v = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return Vectors.normalizeInPlace(v);
    }

    static List<Long> naiveTop(List<float[]> vectors, List<Long> ids, float[] query, int k) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            rows.add(i);
        }
        rows.sort(Comparator.comparingDouble(i -> -Vectors.dot(vectors.get(i), query)));
        return rows.subList(0, Math.min(k, rows.size())).stream().map(ids::get).toList();
    }

    @Test
    void topKEqualsNaiveSortIncludingPartialBlocksReplacementsAndRemovals() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        ExactVectorIndex index = ExactVectorIndex.inMemory(SPEC);
        for (int i = 0; i < 3_000; i++) {   // not a multiple of the block size
            float[] v = randomUnit(random, SPEC.dimension());
            long id = 1_000 + 3L * i;
            vectors.add(v);
            ids.add(id);
            index.add(MODEL, id, v);
        }
        for (int i = 0; i < 700; i++) {      // removals move the last row into the hole
            int at = random.nextInt(ids.size());
            assertTrue(index.remove(ids.get(at)));
            ids.remove(at);
            vectors.remove(at);
        }
        float[] replacement = randomUnit(random, SPEC.dimension());
        index.add(MODEL, ids.get(5), replacement);
        vectors.set(5, replacement);
        assertFalse(index.remove(-1));
        assertEquals(ids.size(), index.size());

        for (int q = 0; q < 25; q++) {
            float[] query = q == 0 ? replacement : randomUnit(random, SPEC.dimension());
            List<ScoredId> hits = index.search(MODEL, query, 10);
            assertEquals(naiveTop(vectors, ids, query, 10), hits.stream().map(ScoredId::id).toList());
            for (ScoredId hit : hits) {
                float expected = Vectors.dot(vectors.get(ids.indexOf(hit.id())), query);
                assertEquals(expected, hit.score(), 1e-5);
            }
        }
        assertEquals(ids.get(5), index.search(MODEL, replacement, 1).getFirst().id());
        assertEquals(ids.size(), index.search(MODEL, replacement, 100_000).size());
    }

    @Test
    void refusesAnotherModelOrDimensionNamingBoth() {
        ExactVectorIndex index = ExactVectorIndex.inMemory(SPEC);
        IndexMismatchException model = assertThrows(IndexMismatchException.class,
                () -> index.add(OTHER, 1, new float[67]));
        assertTrue(model.getMessage().contains("bbbbbbbbbbbb") && model.getMessage().contains("aaaaaaaaaaaa"),
                model.getMessage());
        IndexMismatchException dimension = assertThrows(IndexMismatchException.class,
                () -> index.addAll(MODEL, new long[]{1, 2}, new float[][]{new float[67], new float[512]}));
        assertTrue(dimension.getMessage().contains("id 2") && dimension.getMessage().contains("512 values")
                && dimension.getMessage().contains("67-dimensional"), dimension.getMessage());
        assertEquals(0, index.size(), "a refused batch adds nothing");
        assertThrows(IndexMismatchException.class, () -> index.search(MODEL, new float[3], 5));
    }

    @Test
    void survivesReopenAndReportsDamageNamingTheFile() throws IOException {
        Path file = dir.resolve("index").resolve(ExactVectorIndex.FILE_NAME);
        Random random = new Random(3);
        float[] first = randomUnit(random, SPEC.dimension());
        try (ExactVectorIndex index = ExactVectorIndex.open(file, SPEC)) {
            index.add(MODEL, 42, first);
            for (int i = 0; i < 1_000; i++) {
                index.add(MODEL, 100 + i, randomUnit(random, SPEC.dimension()));
            }
            index.commit();
        }
        try (ExactVectorIndex index = ExactVectorIndex.open(file, SPEC)) {
            assertEquals(1_001, index.size());
            assertEquals(new ScoredId(42, Vectors.dot(first, first)).id(), index.search(MODEL, first, 1).getFirst().id());
            index.remove(42);
            index.commit();
        }
        assertEquals(1_000, ExactVectorIndex.open(file, SPEC).size());

        IndexMismatchException mismatch = assertThrows(IndexMismatchException.class,
                () -> ExactVectorIndex.open(file, new IndexSpec(OTHER, 67)));
        assertTrue(mismatch.getMessage().contains(file.toString()), mismatch.getMessage());

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);
        CorruptIndexException flipped = assertThrows(CorruptIndexException.class, () -> ExactVectorIndex.open(file, SPEC));
        assertTrue(flipped.getMessage().contains(file.toString()) && flipped.getMessage().contains("checksum"),
                flipped.getMessage());

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(bytes.length - 1_000);
        }
        CorruptIndexException truncated = assertThrows(CorruptIndexException.class, () -> ExactVectorIndex.open(file, SPEC));
        assertEquals(file, truncated.location());
    }
}
