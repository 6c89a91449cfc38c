package org.sightline.cli.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sightline.cli.attributes.ProgressPrinter;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.cli.ingest.CaseArguments;
import org.sightline.core.attributes.store.AttributeFilter;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Source;
import org.sightline.core.cases.footage.DetectionRow;
import org.sightline.core.cases.footage.Footage;
import org.sightline.core.config.AppPaths;
import org.sightline.core.jobs.JobRunner;
import org.sightline.core.vl.search.CaseSearch;
import org.sightline.core.vl.search.ColourRerank;
import org.sightline.core.vl.search.SearchHit;
import org.sightline.core.vl.search.SearchRequest;
import org.sightline.core.vl.search.SearchResults;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.lucene.HnswIndexFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline search <case> "<text>"}: embeds the case's crops that lack a vector of the
 * vision-language model (progress on stderr; resumable), then prints the best matches of the
 * description, optionally only among detections meeting an attribute filter.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a case's people by description, e.g. \"woman in a red top with a backpack\".")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    private Path caseFolder;

    @Parameters(index = "1", paramLabel = "TEXT", description = "The description.")
    private String text;

    @Option(names = "--top", paramLabel = "K", defaultValue = "20", description = "How many results (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "-1",
            description = "Only results with cosine similarity >= T, in [-1, 1] (default: ${DEFAULT-VALUE}, all).")
    private double threshold;

    @Option(names = "--filter", paramLabel = "CONDITIONS",
            description = "Attribute conditions, e.g. \"personalFemale >= 0.6 AND carryingBackpack >= 0.5\".")
    private String filter;

    @Option(names = "--predictor", paramLabel = "ID", description = "Whose attribute scores --filter reads "
            + "(default: the case's only predictor).")
    private String predictorId;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Vision-language model: " + VlModels.DEFAULT + ", a clip-* id or a model folder "
                    + "(default: the searchModel setting, else " + VlModels.DEFAULT + ").")
    private String model;

    @Option(names = "--no-colour-rerank", description = "Rank by the model alone, ignoring the crops' colours.")
    private boolean noColourRerank;

    @Mixin
    DeviceOption device = new DeviceOption();

    private VlModels models;

    public SearchCommand() {
    }

    public SearchCommand(VlModels models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VlModels vl;
        try {
            vl = models != null ? models
                    : VlModels.forApp(device.check(AppPaths.fromEnvironment(), DjlDeviceSelector.PYTORCH, "the vision-language model", err));
        } catch (RuntimeException e) {
            err.println("ERROR: " + e.getMessage());
            err.flush();
            return 1;
        }
        try (CaseStore store = CaseArguments.open(caseFolder, false);
             JobRunner runner = new JobRunner(1);
             CaseSearch search = new CaseSearch(store, modelName(), vl.opener(), new HnswIndexFactory(), runner,
                     new ColourRerank(ColourRerank.DEFAULT_WEIGHT))) {
            SearchRequest request = new SearchRequest(text, null, top, threshold, null, null, !noColourRerank);
            if (filter != null && !filter.isBlank()) {
                request = request.withFilter(AttributeFilter.parse(filter, null), predictor(store));
            }
            ProgressPrinter progress = new ProgressPrinter(err);
            search.embeddingJob().run(progress);
            SearchResults results = search.search(request, progress);
            results.notes().forEach(note -> err.println("note: " + note));
            print(out, store, results);
            return 0;
        } catch (Exception e) {
            err.println("ERROR: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private String predictor(CaseStore store) {
        if (predictorId != null) {
            return predictorId;
        }
        List<PredictorInfo> predictors = new AttributePredictions(store).predictors();
        if (predictors.size() != 1) {
            throw new IllegalArgumentException("--filter needs --predictor: the case has attribute scores of "
                    + predictors.stream().map(PredictorInfo::id).toList());
        }
        return predictors.getFirst().id();
    }

    /** The image file a detection was cut from (gallery crops, frame folders), if any. */
    private static java.util.Optional<String> fileOf(CaseStore store, long detectionId) {
        return store.read(c -> {
            try (var query = c.prepareStatement("SELECT f.file_path FROM detections d JOIN frames f ON f.id = d.frame_id "
                    + "WHERE d.id = ?")) {
                query.setLong(1, detectionId);
                try (var row = query.executeQuery()) {
                    return row.next() ? java.util.Optional.ofNullable(row.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    private static void print(PrintWriter out, CaseStore store, SearchResults results) {
        Map<Long, Source> sources = store.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, DetectionRow> rows = new Footage(store).detections(results.hits().stream().map(SearchHit::detectionId)
                .toList()).stream().collect(Collectors.toMap(DetectionRow::id, Function.identity()));
        out.printf(Locale.ROOT, "%d results for \"%s\" with %s (%d of %d detections embedded)%n", results.hits().size(),
                results.request().text(), results.model().modelId(), results.searched(), results.detections());
        out.println("rank  score  cosine  detection  source                     frame  file or thumbnail");
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            DetectionRow d = rows.get(hit.detectionId());
            Source source = d == null ? null : sources.get(d.sourceId());
            out.printf(Locale.ROOT, "%4d  %5.3f  %6.3f  %9d  %-24s %6s  %s%n", rank++, hit.score(), hit.similarity(),
                    hit.detectionId(), source == null ? "-" : source.label(), d == null ? "-" : Long.toString(d.frameIndex()),
                    fileOf(store, hit.detectionId()).or(() -> d == null ? java.util.Optional.empty()
                            : d.thumbnail().map(Path::toString)).orElse("-"));
        }
    }

    private String modelName() {
        return model != null ? model : VlModels.active();
    }
}
