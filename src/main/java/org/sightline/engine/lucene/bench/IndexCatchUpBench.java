package org.sightline.engine.lucene.bench;

import org.sightline.core.jobs.JobContext;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.search.IndexSpec;
import org.sightline.core.search.ManagedVectorIndex;
import org.sightline.core.search.VectorIndexPolicy;
import org.sightline.core.search.VectorSink;
import org.sightline.core.search.VectorSource;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.lucene.HnswIndexFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Adding vectors to a built HNSW index: catching up incrementally vs rebuilding it (what a lagging
 * index used to get). Builds {@code size} seeded clustered vectors into a {@link ManagedVectorIndex}
 * (default policy: approximate above 100k), adds {@code added} to the source, and times (1) reopening
 * it, which catches up, (2) {@link ManagedVectorIndex#catchUp} on the open index for {@code added}
 * more, (3) a rebuild from the source until the graph takes over again.
 * Usage: IndexCatchUpBench [size=100001] [added=1000] [dimension=256]
 */
public final class IndexCatchUpBench {
    private static final ModelIdentity MODEL = new ModelIdentity("bench-synthetic", "0".repeat(64));
    private static final JobContext QUIET = new JobContext() {
        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private IndexCatchUpBench() {
    }

    /** The case's embeddings table, in memory. */
    private record MapSource(IndexSpec spec, Map<Long, float[]> vectors) implements VectorSource {
        @Override
        public long count() {
            return vectors.size();
        }

        @Override
        public void forEach(VectorSink sink, JobContext context) {
            vectors.forEach(sink::accept);
        }

        @Override
        public long[] ids(JobContext context) {
            return vectors.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        @Override
        public void forEach(long[] sortedIds, VectorSink sink, JobContext context) {
            for (long id : sortedIds) {
                float[] v = vectors.get(id);
                if (v != null) {
                    sink.accept(id, v);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_001;
        int added = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int dimension = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        IndexSpec spec = new IndexSpec(MODEL, dimension);
        ClusteredVectors generator = ClusteredVectors.embeddingLike(dimension, 42);
        MapSource source = new MapSource(spec, new LinkedHashMap<>());
        long next = 1;
        for (float[] v : generator.next(size)) {
            source.vectors().put(next++, v);
        }
        Path folder = Files.createTempDirectory("catchup-bench").resolve(spec.folderName());
        VectorIndexPolicy policy = VectorIndexPolicy.DEFAULT;
        HnswIndexFactory factory = new HnswIndexFactory();
        System.out.printf("%d vectors (%d-d), adding %d; cpus %d, max heap %d MB%n", size, dimension, added,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (JobRunner runner = new JobRunner(1)) {
            long start = System.nanoTime();
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, policy, factory, runner, QUIET)) {
                index.build().orElseThrow(() -> new IllegalStateException(size + " vectors do not need a graph"))
                        .result().get(1, TimeUnit.HOURS);
            }
            System.out.printf("initial build of %d: %.1f s%n", size, seconds(start));

            next = add(source, generator, added, next);
            start = System.nanoTime();
            try (ManagedVectorIndex index = ManagedVectorIndex.open(folder, source, policy, factory, runner, QUIET)) {
                double reopen = seconds(start);
                require(index, source, "reopen");
                next = add(source, generator, added, next);
                start = System.nanoTime();
                long changes = index.catchUp(QUIET);
                double catchUp = seconds(start);
                require(index, source, "catch-up");
                System.out.printf("reopen with %d new, caught up: %.2f s%n", added, reopen);
                System.out.printf("catchUp of %d new on the open index: %.2f s (%d changes)%n", added, catchUp, changes);

                index.close();
                Files.walk(folder).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
                start = System.nanoTime();
                try (ManagedVectorIndex rebuilt = ManagedVectorIndex.open(folder, source, policy, factory, runner, QUIET)) {
                    double exactReady = seconds(start);
                    rebuilt.build().orElseThrow().result().get(1, TimeUnit.HOURS);
                    double rebuild = seconds(start);
                    require(rebuilt, source, "rebuild");
                    System.out.printf("rebuild from the source: exact ready %.1f s, graph back %.1f s%n", exactReady, rebuild);
                    System.out.printf("rebuild / catchUp: %.0fx, rebuild / reopen: %.0fx%n", rebuild / catchUp, rebuild / reopen);
                }
            }
        }
    }

    private static long add(MapSource source, ClusteredVectors generator, int count, long next) {
        for (float[] v : generator.next(count)) {
            source.vectors().put(next++, v);
        }
        return next;
    }

    private static void require(ManagedVectorIndex index, MapSource source, String step) {
        long last = source.vectors().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        if (!index.isApproximate() || index.size() != source.count() || index.build().isPresent()
                || index.search(MODEL, source.vectors().get(last), 1).getFirst().id() != last) {
            throw new IllegalStateException(step + ": index not approximate, complete and searchable (size "
                    + index.size() + " of " + source.count() + ")");
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
