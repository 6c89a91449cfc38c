package org.sightline.core.pipeline;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Embeddings;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.cases.jobs.Checkpoint;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobContext;
import org.sightline.core.cases.jobs.ResumableJobFactory;
import org.sightline.core.jobs.JobCancelledException;
import org.sightline.core.tracking.OnlineTracker;
import org.sightline.core.tracking.TrackerSettings;
import org.sightline.core.video.FrameSampling;
import org.sightline.core.video.FrameSource;
import org.sightline.core.video.VideoDecodeException;
import org.sightline.core.video.VideoFrame;

/**
 * Ingests one VIDEO or FRAME_FOLDER source: decode (sampled) -> detect people -> crop and
 * thumbnail -> re-ID vector per person -> online tracking, committing frames, detections, vectors,
 * track ids and the checkpoint every {@link IngestSettings#batchFrames()} sampled frames in one
 * transaction. The cursor is the last committed frame index.
 *
 * <p>Resume seeks the source to the frame after the cursor and starts a new tracker: people
 * visible across the restart get a new track (track rows are named after the run, "job7@f120/3",
 * so ids never clash), and identity grouping can join the two tracks again. Nothing committed is
 * redone, and no frame is stored twice (frames are unique per source and index).
 *
 * <p>Cancel is checked between frames: the frames already detected are committed first.
 * A truncated or corrupt video ends the job as FAILED with a {@link PartialIngestException} that
 * names the file and position; every frame before the break stays in the case.
 */
public final class FootageIngestJob implements ResumableJob {
    public static final String KIND = "footage-ingest";
    private static final Gson GSON = new Gson();

    private final long sourceId;
    private final IngestSettings settings;
    private final IngestEngines engines;
    private final Consumer<IngestProgress> listener;

    public FootageIngestJob(long sourceId, IngestSettings settings, IngestEngines engines,
                            Consumer<IngestProgress> listener) {
        this.sourceId = sourceId;
        this.settings = settings;
        this.engines = engines;
        this.listener = listener != null ? listener : progress -> { };
    }

    public static ResumableJobFactory factory(IngestEngines engines, Consumer<IngestProgress> listener) {
        return new ResumableJobFactory() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public ResumableJob fromParams(String json) {
                Params params = Params.parse(json);
                return new FootageIngestJob(params.sourceId, params.settings(), engines, listener);
            }
        };
    }

    /** The source id saved in a footage-ingest job's parameters. */
    public static long sourceIdOf(String params) {
        return Params.parse(params).sourceId;
    }

    public static IngestSettings settingsOf(String params) {
        return Params.parse(params).settings();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String params() {
        return GSON.toJson(Params.of(sourceId, settings));
    }

    @Override
    public void run(ResumableJobContext context, String resumeCursor) throws Exception {
        CaseStore store = context.store();
        Source source = store.source(sourceId).orElseThrow(() -> new IllegalStateException("Footage ingest: source "
                + sourceId + " is no longer in case " + store.info().folder()));
        if (source.kind() == SourceKind.IMAGE_GALLERY) {
            throw new IllegalStateException("Source " + source.path() + " is a gallery of crops; import it with "
                    + "the gallery import and embedding jobs");
        }
        long start = resumeCursor == null ? 0 : Long.parseLong(resumeCursor) + 1;
        long stored = new Footage(store).counts(sourceId).frames();
        if (resumeCursor == null && stored > 0) {
            throw new IllegalStateException("Source " + source.path() + " already holds " + stored + " ingested frames; "
                    + "resume its earlier ingest job, or remove the source from the case to ingest it again");
        }
        try (IngestEngines.EmbedderChoice embedder = engines.embedder(settings.reidId());
             IngestEngines.DetectorChoice detector = engines.detector(settings.detectorId(), settings.confidence());
             FrameSource frames = engines.open(source, settings.sampling(), settings.folderFrameRate())) {
            store.inTransaction(c -> {
                Embeddings.register(c, embedder.model());
                return null;
            });
            if (start > 0) {
                frames.seekToFrame(start);
            }
            Run run = new Run(context, source, frames, detector, embedder, "job" + context.jobId() + "@f" + start);
            run.warnings.addAll(detector.warnings());
            run.go();
        }
    }

    /** One start or resume of the job. */
    private final class Run {
        final ResumableJobContext context;
        final Source source;
        final FrameSource frames;
        final IngestEngines.DetectorChoice detector;
        final IngestEngines.EmbedderChoice embedder;
        final OnlineTracker tracker = new OnlineTracker(TrackerSettings.DEFAULT);
        final TrackLedger ledger;
        final List<String> warnings = new ArrayList<>();
        final String thumbnailFolder;
        final long total;
        final long startNanos = System.nanoTime();
        long done;
        long doneThisRun;
        long detections;
        long tracksBefore;
        FrameBatch batch = new FrameBatch();

        Run(ResumableJobContext context, Source source, FrameSource frames, IngestEngines.DetectorChoice detector,
            IngestEngines.EmbedderChoice embedder, String runTag) throws java.io.IOException {
            this.context = context;
            this.source = source;
            this.frames = frames;
            this.detector = detector;
            this.embedder = embedder;
            this.ledger = new TrackLedger(source.id(), runTag);
            CaseStore store = context.store();
            Path dir = Files.createDirectories(store.sourceThumbnailsDir(source.id()));
            this.thumbnailFolder = store.thumbnailsDir().relativize(dir).toString().replace('\\', '/');
            Footage.SourceCounts counts = new Footage(store).counts(source.id());
            this.done = counts.frames();
            this.detections = counts.detections();
            this.tracksBefore = counts.tracks();
            this.total = estimateTotal(frames);
        }

        void go() throws java.io.IOException {
            report();
            while (true) {
                if (context.isCancelled()) {
                    flush();
                    throw new JobCancelledException();
                }
                Optional<VideoFrame> next;
                try {
                    next = frames.nextFrame();
                } catch (VideoDecodeException broken) {
                    flush();
                    throw new PartialIngestException(broken, done, detections);
                }
                if (next.isEmpty() || settings.endFrame() >= 0 && next.get().index() >= settings.endFrame()) {
                    break;
                }
                batch.add(FrameDetection.detect(next.get(), detector.detector()));
                doneThisRun++;
                if (batch.size() >= settings.batchFrames()) {
                    flush();
                }
                report();
            }
            flush();
            report();
        }

        void flush() throws java.io.IOException {
            if (batch.isEmpty()) {
                return;
            }
            CaseStore store = context.store();
            batch.process(embedder.embedder(), tracker, store.thumbnailsDir(), thumbnailFolder);
            FrameBatch committing = batch;
            long committedFrames = done + committing.size();
            context.commit(new Checkpoint(Long.toString(committing.lastIndex()), committedFrames, Math.max(total,
                    committedFrames)), List.copyOf(warnings), c -> {
                        committing.write(c, source.id(), detector.detectorId(), embedder.model(), ledger);
                        return null;
                    });
            warnings.clear();
            done = committedFrames;
            detections += committing.detections();
            batch = new FrameBatch();
        }

        void report() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long shown = done + batch.size();
            IngestProgress progress = new IngestProgress(source.label(), shown, total, detections + batch.detections(),
                    tracksBefore + ledger.tracks(), seconds > 0 ? doneThisRun / seconds : 0);
            context.progress(shown, total, progress.message());
            listener.accept(progress);
        }

        private long estimateTotal(FrameSource frames) {
            long sourceFrames = frames.estimatedFrameCount();
            if (settings.endFrame() >= 0) {
                sourceFrames = sourceFrames < 0 ? settings.endFrame() : Math.min(sourceFrames, settings.endFrame());
            }
            return settings.sampling().estimateKept(sourceFrames, frames.frameRate());
        }
    }

    /** The JSON form of the parameters: flat, so that saved jobs stay readable. */
    private record Params(long sourceId, String samplingMode, double samplingValue, Float confidence,
                         String detectorId, String reidId, int batchFrames, double folderFrameRate, long endFrame) {

        static Params of(long sourceId, IngestSettings s) {
            return new Params(sourceId, s.sampling().mode().name(), s.sampling().value(), s.confidence(),
                    s.detectorId(), s.reidId(), s.batchFrames(), s.folderFrameRate(), s.endFrame());
        }

        static Params parse(String json) {
            try {
                Params params = GSON.fromJson(json, Params.class);
                params.settings();
                return params;
            } catch (JsonParseException | NullPointerException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Bad footage ingest parameters " + json + ": " + e.getMessage(), e);
            }
        }

        IngestSettings settings() {
            return new IngestSettings(new FrameSampling(FrameSampling.Mode.valueOf(samplingMode), samplingValue),
                    confidence, detectorId, reidId, batchFrames, folderFrameRate, endFrame);
        }
    }
}
