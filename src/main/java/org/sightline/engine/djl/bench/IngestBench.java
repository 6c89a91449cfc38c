package org.sightline.engine.djl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.core.config.AppPaths;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.RgbImages;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.pipeline.FootageIngestJob;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;
import org.sightline.engine.ffmpeg.FfmpegFrameSource;
import org.sightline.engine.pipeline.ModelStoreEngines;

/**
 * Ingest throughput on the PETS clip: frames per second of the whole footage ingest (decode,
 * NanoDet-m 416, crops and thumbnails, OSNet x0.25, tracking, SQLite commits every 10 frames) for
 * the first N frames, N = each of the lengths given, with peak resident memory (VmRSS sampled every
 * 50 ms) and peak heap used; and, on the first {@code bareFrames} frames in the same run, frames
 * per second of bare decoding, of the bare detector and of bare re-ID on the same frames' crops.
 * Usage: {@code IngestBench <modelMirror> <dataDir> [lengths, default 100,200,400,795] [bareFrames, default 100]}.
 * Not a test: run it by hand.
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: IngestBench <modelMirror> <dataDir> [lengths] [bareFrames]");
            System.exit(2);
        }
        System.setProperty(ModelStore.MIRROR_PROPERTY, Path.of(args[0]).toAbsolutePath().toString());
        Path video = Path.of(args[1], "video/pets2009-s2l1-480x360.avi");
        List<Integer> lengths = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList()
                : List.of(100, 200, 400, 795);
        int bareFrames = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path work = Files.createTempDirectory("ingest-bench");
        IngestEngines engines = new ModelStoreEngines(ModelStore.forApp(new AppPaths(work.resolve("home")),
                ModelCatalog.fromClasspath(), Optional.empty()));
        System.out.printf("IngestBench: %s, %d cores, load average %.2f, max heap %d MiB%n", video.getFileName(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        bare(engines, video, bareFrames);
        System.out.printf("%-8s %8s %8s %10s %8s %12s %12s%n", "frames", "seconds", "fps", "detections", "tracks",
                "peak RSS MiB", "peak heap MiB");
        for (int length : lengths) {
            pipeline(engines, video, length, work.resolve("case-" + length));
        }
        System.out.printf("IngestBench: load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void bare(IngestEngines engines, Path video, int frames) throws IOException {
        long start = System.nanoTime();
        List<RgbImage> images = new ArrayList<>();
        try (FrameSource source = new FfmpegFrameSource(video, FrameSampling.everyFrame())) {
            for (int i = 0; i < frames; i++) {
                images.add(source.nextFrame().orElseThrow().image());
            }
        }
        double decode = seconds(start);
        try (IngestEngines.DetectorChoice detector = engines.detector(IngestSettings.DEFAULT_DETECTOR, null);
             IngestEngines.EmbedderChoice embedder = engines.embedder(IngestSettings.DEFAULT_REID)) {
            detector.detector().detect(images.getFirst());
            embedder.embedder().embed(List.of(images.getFirst()));
            start = System.nanoTime();
            List<RgbImage> crops = new ArrayList<>();
            for (RgbImage image : images) {
                for (PersonDetection d : detector.detector().detect(image)) {
                    crops.add(RgbImages.crop(image, d.box()));
                }
            }
            double detect = seconds(start);
            start = System.nanoTime();
            embedder.embedder().embed(crops);
            double reid = seconds(start);
            System.out.printf("bare, first %d frames: decode %.1f fps; NanoDet-m 416 %.2f fps; OSNet x0.25 %d crops in "
                            + "%.1f s = %.1f crops/s = %.2f frames/s; detector + re-ID alone %.2f fps%n", frames,
                    frames / decode, frames / detect, crops.size(), reid, crops.size() / reid, frames / reid,
                    frames / (detect + reid));
        }
    }

    private static void pipeline(IngestEngines engines, Path video, int length, Path folder) {
        System.gc();
        MemoryPeaks peaks = new MemoryPeaks();
        Thread sampler = Thread.ofPlatform().daemon().start(peaks);
        long start = System.nanoTime();
        try (CaseStore store = Cases.create(folder, "bench")) {
            Source source = store.addSource(SourceKind.VIDEO, video);
            FootageIngestJob job = new FootageIngestJob(source.id(), IngestSettings.DEFAULT.withEndFrame(length),
                    engines, null);
            CaseJob saved = new CaseJobs(store).create(job.kind(), job.params());
            ResumableJobs.asJob(store, saved.id(), job).run(new JobContext() {
                @Override
                public void progress(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            double elapsed = seconds(start);
            sampler.interrupt();
            Footage.SourceCounts counts = new Footage(store).counts(source.id());
            System.out.printf("%-8d %8.1f %8.2f %10d %8d %12d %12d%n", counts.frames(), elapsed, counts.frames() / elapsed,
                    counts.detections(), counts.tracks(), peaks.rss.get() >> 20, peaks.heap.get() >> 20);
        } catch (Exception e) {
            throw new IllegalStateException("Ingest of " + length + " frames failed: " + e.getMessage(), e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Highest resident set size and heap use seen while it runs. */
    private static final class MemoryPeaks implements Runnable {
        final AtomicLong rss = new AtomicLong();
        final AtomicLong heap = new AtomicLong();

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                heap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                rss.accumulateAndGet(residentBytes(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }

        private static long residentBytes() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException ignored) {
                // not Linux: RSS unknown, reported as 0
            }
            return 0;
        }
    }
}
