package org.sightline.cli.find;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.cli.ingest.CaseArguments;
import org.sightline.cli.ingest.CommandFailure;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.CaseStoreException;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.EmbeddingModelMismatchException;
import org.sightline.core.cases.footage.PersonMatch;
import org.sightline.core.cases.footage.PersonSearch;
import org.sightline.core.config.AppPaths;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelStore;
import org.sightline.core.pipeline.IngestEngines;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.video.VideoFrame;
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
 * {@code sightline find}: ranks the case's detections by how much they look like a person crop
 * (an image file, embedded with the case's re-ID model) or like one of the case's detections.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Find a person in a case: rank every detection by re-ID similarity to a crop image or to a "
                + "detection of the case. Prints score, source, frame, time, detection, track, identity, thumbnail.")
public final class FindCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Query query;

    static final class Query {
        @Option(names = "--crop", paramLabel = "IMAGE", description = "A picture of the person (jpg, png, bmp).")
        Path crop;

        @Option(names = "--detection", paramLabel = "ID", description = "A detection of the case.")
        Long detection;
    }

    @Option(names = "--top", paramLabel = "K", defaultValue = "20", description = "How many matches (default: ${DEFAULT-VALUE}).")
    private int top;

    @Mixin
    DeviceOption device = new DeviceOption();

    private IngestEngines engines;
    private ComputeDevice requested = ComputeDevice.AUTO;

    public FindCommand() {
    }

    /** With given engines, for tests. */
    public FindCommand(IngestEngines engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (CaseStore store = CaseArguments.open(caseFolder, false)) {
            PersonSearch search = PersonSearch.load(store);
            if (query.crop != null) {
                requested = device.check(AppPaths.fromEnvironment(), DjlDeviceSelector.ONNX_RUNTIME, "the re-ID model", err);
            }
            List<PersonMatch> matches = query.crop != null ? search.rank(embed(search, query.crop), top)
                    : search.similarTo(query.detection, top);
            print(out, store, matches);
            return 0;
        } catch (CommandFailure failure) {
            err.println("ERROR: " + failure.getMessage());
            return failure.exitCode();
        } catch (CaseStoreException | IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("ERROR: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private float[] embed(PersonSearch search, Path crop) throws IOException {
        var image = RgbImageFiles.read(crop.toAbsolutePath());
        try (IngestEngines.EmbedderChoice embedder = engines().embedder(search.model().modelId())) {
            if (!embedder.model().equals(search.model())) {
                throw new EmbeddingModelMismatchException(search.model(), embedder.model());
            }
            return embedder.embedder().embed(List.of(image))[0];
        }
    }

    private static void print(PrintWriter out, CaseStore store, List<PersonMatch> matches) {
        Map<Long, Source> sources = store.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        out.println("score   source                     frame     time  detection  track  identity  thumbnail");
        for (PersonMatch match : matches) {
            DetectionRow d = match.detection();
            Source source = sources.get(d.sourceId());
            out.printf("%.3f  %-24s %7d %9s  %9d  %5s  %8s  %s%n", match.score(),
                    source == null ? "source " + d.sourceId() : source.label(), d.frameIndex(),
                    d.timestampMs().isPresent() ? VideoFrame.formatTimestamp(d.timestampMs().getAsLong()) : "-",
                    d.id(), d.trackId().isPresent() ? Long.toString(d.trackId().getAsLong()) : "-",
                    d.identityId().isPresent() ? Long.toString(d.identityId().getAsLong()) : "-",
                    d.thumbnail().map(Path::toString).orElse("-"));
        }
    }

    private IngestEngines engines() {
        if (engines == null) {
            engines = new ModelStoreEngines(ModelStore.forApp(AppPaths.fromEnvironment()), requested);
        }
        return engines;
    }
}
