package org.sightline.engine.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.video.FrameSampling;

/**
 * One case holding frames 0-58 (every 2nd) of the PETS clip, ingested once per test JVM and then
 * closed; tests open it, or a copy where they change it.
 */
final class PetsCase {
    static final IngestSettings FIRST_60_EVERY_2ND = IngestSettings.DEFAULT
            .withSampling(FrameSampling.everyNthFrame(2)).withEndFrame(60).withBatchFrames(6);

    private static Path root;
    private static ModelStoreEngines engines;
    private static long sourceId;
    private static CaseJob job;

    private PetsCase() {
    }

    static synchronized Path folder() {
        if (root == null) {
            Path pets = IngestFixture.data(IngestFixture.PETS);
            try {
                Path dir = Files.createTempDirectory("sightline-pets-case");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                engines = IngestFixture.engines(dir.resolve("home"));
                try (CaseStore store = Cases.create(dir.resolve("case"), "PETS")) {
                    Source video = store.addSource(SourceKind.VIDEO, pets);
                    long start = System.nanoTime();
                    job = IngestFixture.run(store, new FootageIngestJob(video.id(), FIRST_60_EVERY_2ND, engines, null),
                            d -> false);
                    System.out.printf("PetsCase: 30 sampled frames ingested in %.1f s%n", (System.nanoTime() - start) / 1e9);
                    sourceId = video.id();
                }
                root = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root.resolve("case");
    }

    static ModelStoreEngines engines() {
        folder();
        return engines;
    }

    static long sourceId() {
        folder();
        return sourceId;
    }

    static CaseJob job() {
        folder();
        return job;
    }

    /** A copy of the (closed) case under {@code target}. */
    static Path copy(Path target) throws IOException {
        Path source = folder();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else if (!file.getFileName().toString().equals("case.lock")) {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // temp files; the OS cleans up
        }
    }
}
