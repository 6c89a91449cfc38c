package org.sightline.engine.lucene.bench;

import org.sightline.core.search.ExactVectorIndex;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ScoredId;
import org.sightline.core.search.VectorIndex;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.lucene.HnswParameters;
import org.sightline.engine.lucene.HnswVectorIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rank-time latency of exact vs HNSW search on seeded clustered vectors (text encoding excluded).
 * Usage: VectorIndexBench [dimension=256] [queries=200] [hnswQueriesAbove100k=200] [sizes=10000,100000,1000000]
 *        [hnswMaxSize=1000000] [M=16] [beamWidth=100] [candidateFactor=5]
 */
public final class VectorIndexBench {
    private static final ModelIdentity MODEL = new ModelIdentity("bench-synthetic", "0".repeat(64));
    private static final int K = 10;

    private VectorIndexBench() {
    }

    public static void main(String[] args) throws IOException {
        int dimension = arg(args, 0, 256);
        int queries = arg(args, 1, 200);
        int bigQueries = arg(args, 2, queries);
        int[] sizes = args.length > 3 ? Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[]{10_000, 100_000, 1_000_000};
        int hnswMax = arg(args, 4, Integer.MAX_VALUE);
        HnswParameters parameters = new HnswParameters(arg(args, 5, 16), arg(args, 6, 100), arg(args, 7, 5));
        IndexSpec spec = new IndexSpec(MODEL, dimension);
        System.out.printf("dimension %d, k %d, %s, cpus %d, max heap %d MB%n", dimension, K, parameters,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int size : sizes) {
            run(spec, size, size > 100_000 ? bigQueries : queries, size <= hnswMax, parameters);
        }
    }

    private static void run(IndexSpec spec, int size, int queryCount, boolean withHnsw, HnswParameters parameters)
            throws IOException {
        ClusteredVectors generator = ClusteredVectors.embeddingLike(spec.dimension(), 42);
        long[] ids = new long[size];
        float[][] vectors = generator.next(size);
        for (int i = 0; i < size; i++) {
            ids[i] = i + 1;
        }
        float[][] queries = generator.next(queryCount);

        long start = System.nanoTime();
        ExactVectorIndex exact = ExactVectorIndex.inMemory(spec);
        exact.addAll(MODEL, ids, vectors);
        double exactBuildS = (System.nanoTime() - start) / 1e9;
        List<Set<Long>> truth = new java.util.ArrayList<>();
        for (float[] q : queries) {
            truth.add(new HashSet<>(exact.search(MODEL, q, K).stream().map(ScoredId::id).toList()));
        }
        double[] exactMs = latencies(exact, queries);
        System.out.printf("N=%d exact: build %.2f s, query median %.2f ms, p95 %.2f ms (%d queries), %s%n",
                size, exactBuildS, exactMs[0], exactMs[1], queryCount, memory());
        if (!withHnsw) {
            return;
        }
        Path folder = Files.createTempDirectory("sightline-hnsw-bench");
        try {
            start = System.nanoTime();
            try (HnswVectorIndex hnsw = HnswVectorIndex.open(folder, spec, parameters)) {
                int batch = 10_000;
                for (int from = 0; from < size; from += batch) {
                    int to = Math.min(size, from + batch);
                    hnsw.addAll(MODEL, Arrays.copyOfRange(ids, from, to), Arrays.copyOfRange(vectors, from, to));
                }
                hnsw.commit();
                double buildS = (System.nanoTime() - start) / 1e9;
                long segmentsBytes = hnsw.sizeOnDisk();
                System.out.printf("N=%d hnsw: build+commit %.1f s, %.1f MB on disk, %s%n", size, buildS,
                        segmentsBytes / 1e6, memory());
                report(hnsw, "hnsw (as built)", size, queries, truth);
                start = System.nanoTime();
                hnsw.forceMerge();
                hnsw.commit();
                System.out.printf("N=%d hnsw: forceMerge(1) %.1f s, %.1f MB on disk%n", size,
                        (System.nanoTime() - start) / 1e9, hnsw.sizeOnDisk() / 1e6);
                report(hnsw, "hnsw (1 segment)", size, queries, truth);
            }
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void report(VectorIndex index, String name, int size, float[][] queries, List<Set<Long>> truth) {
        double[] ms = latencies(index, queries);
        int found = 0;
        for (int q = 0; q < queries.length; q++) {
            Set<Long> expected = truth.get(q);
            found += (int) index.search(MODEL, queries[q], K).stream().filter(h -> expected.contains(h.id())).count();
        }
        System.out.printf("N=%d %s: query median %.2f ms, p95 %.2f ms, recall@%d %.3f%n", size, name, ms[0], ms[1],
                K, found / (double) (K * queries.length));
    }

    /** Median and p95 in ms, after one untimed pass over the queries to warm up. */
    private static double[] latencies(VectorIndex index, float[][] queries) {
        for (float[] q : queries) {
            index.search(MODEL, q, K);
        }
        double[] ms = new double[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long start = System.nanoTime();
            index.search(MODEL, queries[i], K);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]};
    }

    private static String memory() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heap = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        String rss = "?";
        try {
            rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().map(l -> l.replaceAll("\\D+", "")).map(kb -> (Long.parseLong(kb) >> 10) + " MB")
                    .orElse("?");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "heap used " + heap + " MB, RSS " + rss;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
