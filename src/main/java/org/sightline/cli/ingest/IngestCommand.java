package org.sightline.cli.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.SourceKind;
import org.sightline.core.cases.footage.Footage;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelStore;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.IngestSettings;
import org.sightline.core.pipeline.identity.GroupingResult;
import org.sightline.core.pipeline.identity.IdentityGrouping;
import org.sightline.core.video.FrameSampling;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.pipeline.ModelStoreEngines;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline ingest}: adds videos, frame folders and crop galleries to a case and runs (or
 * resumes) their ingest, then regroups the case's identities. Exit codes: 0 all done, 1 an error
 * (nothing or not everything could be ingested), 3 a video broke partway (what came before is
 * kept), 130 cancelled with Ctrl-C (what was done is kept; run again to resume).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Detect, track and re-identify the people in videos, frame folders or galleries of person "
                + "crops, adding them to a case. Run it again to resume an interrupted ingest.")
public final class IngestCommand implements Callable<Integer> {
    static final int PARTIAL = 3;
    static final int CANCELLED = 130;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "Video files, folders of frames, or folders of person crops.")
    private List<Path> inputs = List.of();

    @ArgGroup(exclusive = true)
    private Sampling sampling;

    static final class Sampling {
        @Option(names = "--every", paramLabel = "N", description = "Process every Nth frame.")
        Integer every;

        @Option(names = "--fps", paramLabel = "F", description = "Process about F frames per second of video.")
        Double fps;
    }

    @ArgGroup(exclusive = true)
    private FolderKind folderKind;

    static final class FolderKind {
        @Option(names = "--gallery", description = "Folders are galleries of person crops (no detection).")
        boolean gallery;

        @Option(names = "--frames", description = "Folders hold the frames of one video, in name order.")
        boolean frames;
    }

    @Option(names = "--confidence", paramLabel = "C", description = "Detector score threshold, 0-1 "
            + "(default: the detector's own, 0.35 for NanoDet).")
    private Float confidence;

    @Option(names = "--detector", paramLabel = "ID", description = "Detector model id (default: ${DEFAULT-VALUE}; "
            + "'opencv-hog' for OpenCV's HOG detector).", defaultValue = IngestSettings.DEFAULT_DETECTOR)
    private String detector;

    @Option(names = "--folder-fps", paramLabel = "F", defaultValue = "25",
            description = "Frame rate of frame folders, for their times (default: ${DEFAULT-VALUE}).")
    private double folderFps;

    @Option(names = "--until-frame", paramLabel = "N", description = "Stop before frame N of each video.")
    private Long untilFrame;

    @Option(names = "--create", description = "Create the case if the folder holds none.")
    private boolean create;

    @Option(names = "--no-search-embeddings", description = "Do not embed the crops for description search afterwards.")
    private boolean noSearchEmbeddings;

    @Option(names = "--no-identities", description = "Do not regroup identities afterwards.")
    private boolean noIdentities;

    @Mixin
    DeviceOption device = new DeviceOption();

    private IngestEngines engines;
    private ComputeDevice requested = ComputeDevice.AUTO;

    public IngestCommand() {
    }

    /** With given engines, for tests. */
    public IngestCommand(IngestEngines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            requested = device.check(AppPaths.fromEnvironment(), DjlDeviceSelector.ONNX_RUNTIME, "the detector and re-ID models", err);
            IngestSettings settings = settings();
            List<Path> absolute = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            List<SourceKind> kinds = new ArrayList<>();
            for (Path input : absolute) {
                kinds.add(SourceKinds.of(input, folderKind == null ? null : folderKind.gallery));
            }
            try (CaseStore store = CaseArguments.open(caseFolder, create)) {
                return ingest(store, absolute, kinds, settings, out, err);
            }
        } catch (CommandFailure failure) {
            err.println("ERROR: " + failure.getMessage());
            return failure.exitCode();
        } catch (CaseStoreException | IllegalArgumentException | IllegalStateException | IOException
                 | java.io.UncheckedIOException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
            out.flush();
        }
    }

    private int ingest(CaseStore store, List<Path> inputs, List<SourceKind> kinds, IngestSettings settings,
                       PrintWriter out, PrintWriter err) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            awaitQuietly(finished);
        }, "sightline-ingest-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        int exit = 0;
        try {
            SourceIngest ingest = new SourceIngest(store, engines(), err, new ConsoleJobContext(err, cancelled));
            Footage footage = new Footage(store);
            for (int i = 0; i < inputs.size() && !cancelled.get(); i++) {
                Source source = sourceFor(store, inputs.get(i), kinds.get(i), err);
                SourceIngest.Outcome outcome = ingest.run(source, settings);
                Footage.SourceCounts counts = footage.counts(source.id());
                out.printf("%s %s: %d frames, %d people, %d tracks (%s)%n", source.kind(), source.path(),
                        counts.frames(), counts.detections(), counts.tracks(), outcome);
                exit = Math.max(exit, switch (outcome) {
                    case DONE, ALREADY_DONE -> 0;
                    case FAILED -> 1;
                    case PARTIAL -> PARTIAL;
                    case CANCELLED -> CANCELLED;
                });
            }
            if (!noIdentities && !cancelled.get()) {
                GroupingResult grouped = new IdentityGrouping().regroup(store);
                out.printf("identities: %d people from %d tracks%n", grouped.identities(), grouped.tracklets());
            }
            if (!noSearchEmbeddings && !cancelled.get()) {
                SearchEmbedding.run(store, requested, new ConsoleJobContext(err, cancelled), out, err);
            }
            return exit;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this method to end, which it now does
            }
        }
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Source sourceFor(CaseStore store, Path input, SourceKind kind, PrintWriter err) {
        for (Source source : store.sources()) {
            if (source.path().equals(input)) {
                if (source.kind() != kind) {
                    err.println("Note: " + input + " is already in the case as a " + source.kind() + "; keeping that");
                }
                return source;
            }
        }
        return store.addSource(kind, input);
    }

    private IngestSettings settings() {
        IngestSettings settings = IngestSettings.DEFAULT.withDetector(detector).withConfidence(confidence)
                .withFolderFrameRate(folderFps).withEndFrame(untilFrame == null ? -1 : untilFrame);
        if (sampling != null && sampling.every != null) {
            settings = settings.withSampling(FrameSampling.everyNthFrame(sampling.every));
        } else if (sampling != null && sampling.fps != null) {
            settings = settings.withSampling(FrameSampling.framesPerSecond(sampling.fps));
        }
        return settings;
    }

    private IngestEngines engines() {
        if (engines == null) {
            engines = new ModelStoreEngines(ModelStore.forApp(AppPaths.fromEnvironment()), requested);
        }
        return engines;
    }
}
