package org.sightline.engine.djl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.EmbeddingModelMismatchException;
import org.sightline.core.cases.footage.PersonMatch;
import org.sightline.core.cases.footage.PersonSearch;
import org.sightline.core.cases.footage.PersonSearchCache;
import org.sightline.core.cases.gallery.GalleryImportJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.pipeline.GalleryEmbeddingJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.pipeline.SessionEmbedders;
import org.sightline.engine.pipeline.ModelStoreEngines;

/**
 * "Find from picture" latency, cold against warm, on a real case: the first D market-dev crops
 * imported as a gallery and embedded with OSNet x0.25 (so D detections with real re-ID vectors),
 * queried with the next Q crops. Each query runs both ways, alternately, in the same run: cold is
 * what every query did before the session cache (load all the case's vectors, open and verify the
 * model, embed, rank, close), warm goes through {@link SessionEmbedders} and {@link PersonSearchCache}
 * (the warm session's first query, which opens and loads, is reported apart). Both rank the top 60;
 * their results are compared. Usage: {@code FindBench <modelMirror> <dataDir> [D, default 3000]
 * [Q, default 20]}. Not a test: run it by hand.
 */
public final class FindBench {
    private static final int TOP = 60;
    /** Seconds the timed cold queries spent loading vectors, opening the model, and embedding + ranking. */
    private static final double[] COLD_PARTS = new double[3];

    private FindBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: FindBench <modelMirror> <dataDir> [detections, default 3000] [queries, default 20]");
            System.exit(2);
        }
        System.setProperty(ModelStore.MIRROR_PROPERTY, Path.of(args[0]).toAbsolutePath().toString());
        int detections = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<Path> crops = marketCrops(Path.of(args[1]).resolve("market-dev/images"));
        if (detections + queries + 1 > crops.size()) {
            throw new IllegalArgumentException(detections + " detections + " + queries + " queries + 1 warm-up need more "
                    + "than the " + crops.size() + " market-dev crops");
        }
        Path work = Files.createTempDirectory("find-bench");
        IngestEngines engines = new ModelStoreEngines(ModelStore.forApp(new AppPaths(work.resolve("home")),
                ModelCatalog.fromClasspath(), Optional.empty()));
        System.out.printf("FindBench: %d cores, load average %.2f, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        try (CaseStore store = Cases.create(work.resolve("case"), "find bench")) {
            long start = System.nanoTime();
            int size = buildCase(store, engines, crops.subList(0, detections), work.resolve("gallery"));
            System.out.printf("case: %d market-dev crops imported and embedded with %s in %.1f s%n", size,
                    IngestSettings.DEFAULT_REID, seconds(start));
            List<Path> pictures = crops.subList(detections + 1, detections + 1 + queries);
            cold(store, engines, crops.get(detections));
            Arrays.fill(COLD_PARTS, 0);
            compare(store, engines, pictures);
        } finally {
            deleteTree(work);
        }
        System.out.printf("FindBench: load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void compare(CaseStore store, IngestEngines engines, List<Path> pictures) throws IOException {
        double[] cold = new double[pictures.size()];
        double[] warm = new double[pictures.size()];
        int same = 0;
        PersonSearchCache searches = new PersonSearchCache();
        try (SessionEmbedders embedders = new SessionEmbedders(engines)) {
            long start = System.nanoTime();
            warm(store, searches, embedders, pictures.getFirst());
            double firstWarm = seconds(start);
            for (int i = 0; i < pictures.size(); i++) {
                start = System.nanoTime();
                List<PersonMatch> coldMatches = cold(store, engines, pictures.get(i));
                cold[i] = seconds(start);
                start = System.nanoTime();
                List<PersonMatch> warmMatches = warm(store, searches, embedders, pictures.get(i));
                warm[i] = seconds(start);
                same += ids(coldMatches).equals(ids(warmMatches)) ? 1 : 0;
            }
            System.out.printf("warm session's first query (opens the model, loads the vectors): %.1f ms%n",
                    firstWarm * 1000);
        }
        System.out.printf("%-6s %8s %10s %10s %10s %10s%n", "path", "queries", "mean ms", "median ms", "min ms", "max ms");
        row("cold", cold);
        row("warm", warm);
        System.out.printf("cold, mean per query: load vectors %.1f ms, open and verify the model %.1f ms, "
                        + "embed + rank %.1f ms%n", COLD_PARTS[0] * 1000 / cold.length, COLD_PARTS[1] * 1000 / cold.length,
                COLD_PARTS[2] * 1000 / cold.length);
        System.out.printf("cold / warm: %.1fx by mean, %.1fx by median; identical top-%d results in %d of %d queries%n",
                mean(cold) / mean(warm), median(cold) / median(warm), TOP, same, pictures.size());
    }

    /** Before the session cache: everything loaded and opened for one query, then dropped. */
    private static List<PersonMatch> cold(CaseStore store, IngestEngines engines, Path picture) throws IOException {
        long start = System.nanoTime();
        PersonSearch search = PersonSearch.load(store);
        COLD_PARTS[0] += seconds(start);
        RgbImage image = RgbImageFiles.read(picture);
        start = System.nanoTime();
        try (IngestEngines.EmbedderChoice embedder = engines.embedder(search.model().modelId())) {
            COLD_PARTS[1] += seconds(start);
            if (!embedder.model().equals(search.model())) {
                throw new EmbeddingModelMismatchException(search.model(), embedder.model());
            }
            start = System.nanoTime();
            List<PersonMatch> matches = search.rank(embedder.embedder().embed(List.of(image))[0], TOP);
            COLD_PARTS[2] += seconds(start);
            return matches;
        }
    }

    private static List<PersonMatch> warm(CaseStore store, PersonSearchCache searches, SessionEmbedders embedders,
                                          Path picture) throws IOException {
        PersonSearch search = searches.get(store);
        RgbImage image = RgbImageFiles.read(picture);
        return search.rank(embedders.embed(search.model(), List.of(image))[0], TOP);
    }

    private static int buildCase(CaseStore store, IngestEngines engines, List<Path> crops, Path gallery)
            throws Exception {
        Files.createDirectories(gallery);
        for (Path crop : crops) {
            Files.createSymbolicLink(gallery.resolve(crop.getFileName()), crop.toAbsolutePath());
        }
        Source source = store.addSource(SourceKind.IMAGE_GALLERY, gallery);
        run(store, new GalleryImportJob(source.id()));
        run(store, new GalleryEmbeddingJob(source.id(), IngestSettings.DEFAULT_REID, engines));
        return PersonSearch.load(store).size();
    }

    private static void run(CaseStore store, ResumableJob job) throws Exception {
        long id = new CaseJobs(store).create(job.kind(), job.params()).id();
        ResumableJobs.asJob(store, id, job).run(new JobContext() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
    }

    private static List<Path> marketCrops(Path images) throws IOException {
        try (Stream<Path> files = Files.list(images)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jpg")).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static List<Long> ids(List<PersonMatch> matches) {
        return matches.stream().map(m -> m.detection().id()).toList();
    }

    private static void row(String path, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf("%-6s %8d %10.1f %10.1f %10.1f %10.1f%n", path, seconds.length, mean(seconds) * 1000,
                median(seconds) * 1000, sorted[0] * 1000, sorted[sorted.length - 1] * 1000);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
