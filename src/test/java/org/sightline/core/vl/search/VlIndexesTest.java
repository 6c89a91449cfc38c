package org.sightline.core.vl.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.footage.EmbeddingModel;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.search.ApproximateIndexFactory;
import org.sightline.core.search.ExactVectorIndex;
import org.sightline.core.search.ManagedVectorIndex;
import org.sightline.core.search.VectorIndex;
import org.sightline.core.search.VectorIndexPolicy;

class VlIndexesTest {
    static final EmbeddingModel MODEL = new EmbeddingModel("vl-test", "b".repeat(64), 16);

    @TempDir
    Path dir;

    /** Stands in for Lucene: an index per folder, counting those opened to be built from scratch. */
    static final class CountingFactory implements ApproximateIndexFactory {
        final AtomicInteger opened = new AtomicInteger();

        @Override
        public VectorIndex open(Path folder, org.sightline.core.search.IndexSpec spec) {
            if (folder.getFileName().toString().endsWith(".building")) {
                opened.incrementAndGet();
            }
            return new Approximate(ExactVectorIndex.open(folder.resolve("fake-approximate.vec"), spec));
        }
    }

    /** Not an {@link ExactVectorIndex} to the managed index, which tells the two apart by type. */
    record Approximate(ExactVectorIndex inner) implements VectorIndex {
        @Override
        public org.sightline.core.search.IndexSpec spec() {
            return inner.spec();
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
        public void add(org.sightline.core.vl.ModelIdentity model, long id, float[] vector) {
            inner.add(model, id, vector);
        }

        @Override
        public void addAll(org.sightline.core.vl.ModelIdentity model, long[] ids, float[][] vectors) {
            inner.addAll(model, ids, vectors);
        }

        @Override
        public boolean remove(long id) {
            return inner.remove(id);
        }

        @Override
        public List<org.sightline.core.search.ScoredId> search(org.sightline.core.vl.ModelIdentity model, float[] query, int k) {
            return inner.search(model, query, k);
        }

        @Override
        public void commit() {
            inner.commit();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    @Test
    void vectorsAddedToTheCaseGoIntoTheBuiltApproximateIndexWithoutARebuild() throws Exception {
        List<int[]> colours = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            colours.add(new int[] {i * 6, 255 - i * 6, 128});
        }
        CountingFactory factory = new CountingFactory();
        try (CaseStore store = ColourCase.create(dir, colours); JobRunner runner = new JobRunner(1)) {
            List<Long> detections = store.read(c -> {
                List<Long> ids = new ArrayList<>();
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT id FROM detections ORDER BY id")) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
                return ids;
            });
            Random random = new Random(3);
            store.inTransaction(c -> {
                Embeddings.register(c, MODEL, Embeddings.Purpose.VISION_LANGUAGE);
                return null;
            });
            insert(store, detections.subList(0, 30), random);
            try (VlIndexes indexes = new VlIndexes(store, new VectorIndexPolicy(20, 8), factory, runner)) {
                ManagedVectorIndex index = indexes.index(MODEL, ColourCase.quiet());
                index.build().orElseThrow().result().get(30, TimeUnit.SECONDS);
                assertTrue(index.isApproximate());
                assertEquals(1, factory.opened.get(), "one build");

                List<float[]> added = insert(store, detections.subList(30, 40), random);
                ManagedVectorIndex after = indexes.index(MODEL, ColourCase.quiet());

                assertSame(index, after, "the open index was kept");
                assertTrue(after.isApproximate());
                assertTrue(after.build().isEmpty(), "no rebuild started");
                assertEquals(1, factory.opened.get(), "the approximate index was not rebuilt");
                assertEquals(40, after.size());
                for (int i = 0; i < added.size(); i++) {
                    long expected = detections.get(30 + i);
                    assertEquals(expected, after.search(index.model(), added.get(i), 1).getFirst().id());
                }
            }
        }
    }

    private static List<float[]> insert(CaseStore store, List<Long> detections, Random random) {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < detections.size(); i++) {
            float[] v = new float[MODEL.dimension()];
            double norm = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(norm);
            }
            vectors.add(v);
        }
        store.inTransaction(c -> {
            for (int i = 0; i < detections.size(); i++) {
                Embeddings.insert(c, MODEL, detections.get(i), vectors.get(i));
            }
            return null;
        });
        return vectors;
    }
}
