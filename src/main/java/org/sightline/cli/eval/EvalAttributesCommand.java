package org.sightline.cli.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sightline.cli.attributes.AttributeModels;
import org.sightline.cli.attributes.PackPredictors;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import java.util.Optional;
import org.sightline.core.attributes.AttributeMapping;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.AttributeScores;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.config.AppPaths;
import org.sightline.core.attributes.MappingCoverage;
import org.sightline.core.attributes.eval.AttributeEvaluator;
import org.sightline.core.attributes.eval.EvaluationReport;
import org.sightline.core.attributes.labels.LabelReadOptions;
import org.sightline.core.attributes.labels.LabelSet;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.attributes.labels.LabelsCsv;
import org.sightline.core.attributes.labels.UnknownTokens;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.inference.RgbImage;
import org.sightline.engine.opencv.ImageReadException;
import org.sightline.engine.opencv.OpenCvImages;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.cli.search.VlModels;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sightline eval attributes}: predicts every image of a labels CSV and prints label-based
 * (TPR, TNR, mA, positive rate) and instance-based metrics over the schema attributes the predictor
 * covers, and the per-crop latency. Exit code 1 with the file and row named on bad input.
 */
@Command(name = "attributes", mixinStandardHelpOptions = true,
        description = "Evaluate an attribute predictor on a labels CSV (columns 'file' and 'attributes').")
public final class EvalAttributesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--labels", required = true, description = "Labels CSV; image paths are relative to its folder.")
    private Path labelsCsv;

    @Option(names = "--schema", defaultValue = BuiltInSchemas.PETA_35, description = "Schema (default: ${DEFAULT-VALUE}).")
    private String schemaId;

    @Option(names = "--predictor", defaultValue = AttributeModels.CROSSROAD_0230,
            description = "Attribute model (default: ${DEFAULT-VALUE}).")
    private String predictorName;

    @Option(names = "--pack", paramLabel = "FILE", description = "Evaluate this prompt pack over its base model "
            + "instead of --predictor.")
    private Path pack;

    @Option(names = "--base", paramLabel = "MODEL", description = "With --pack: the base model, sightline-pedvl, a clip-* "
            + "catalog id or a CLIP checkpoint file (default: the pack's own base; a pack tuned on a file needs that file).")
    private String base;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N rows (0: all).")
    private int limit;

    @Option(names = "--sample", defaultValue = "0", description = "Use N rows drawn at random (0: all); wins over --limit.")
    private int sample;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --sample (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Yes when p is above this (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--batch", defaultValue = "16", description = "Crops per predictor call (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Mixin
    DeviceOption device = new DeviceOption();

    private AttributeModels models;

    public EvalAttributesCommand() {
    }

    public EvalAttributesCommand(AttributeModels models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            run(out);
            return 0;
        } catch (Exception e) {
            err.println("sightline eval attributes: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            err.flush();
            return 1;
        }
    }

    private void run(PrintWriter out) throws Exception {
        AttributeSchema schema = SchemaLibrary.forApp(AppPaths.fromEnvironment()).resolve(schemaId);
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
        }
        if (base != null && pack == null) {
            throw new IllegalArgumentException("--base names the base model of a --pack; give --pack too (or --predictor alone)");
        }
        String catalogId = pack != null ? null : AttributeModels.catalogId(predictorName);
        String mappingId = pack != null ? AttributePredictionJob.DIRECT : AttributeModels.mappingId(catalogId);
        LabelSet labels = LabelsCsv.read(labelsCsv, new LabelReadOptions(schema, UnknownTokens.KEEP, true));
        List<Integer> rows = LabelSubsets.rows(labels.size(), limit, sample, seed);
        org.sightline.core.models.ComputeDevice requested = device.check(AppPaths.fromEnvironment(),
                pack != null || AttributeModels.VL.equals(predictorName) || VlModels.DEFAULT.equals(predictorName)
                        ? DjlDeviceSelector.PYTORCH : DjlDeviceSelector.ONNX_RUNTIME, "the attribute model", spec.commandLine().getErr());
        AttributeModels attributeModels = pack != null ? null : models != null ? models : AttributeModels.forApp(requested);
        List<Set<String>> truth = new ArrayList<>();
        List<AttributeScores> scores = new ArrayList<>();
        Timings timings = new Timings();
        long start = System.nanoTime();
        AttributeMapping mapping;
        MappingCoverage coverage;
        try (AttributePredictor predictor = pack != null ? new PackPredictors(ModelStore.forApp(AppPaths.fromEnvironment(),
                ModelCatalog.fromClasspath(), Optional.empty())).open(pack, base, requested) : attributeModels.open(predictorName)) {
            mapping = AttributePredictionJob.DIRECT.equals(mappingId) ? AttributePredictionJob.direct(predictor)
                    : AttributePredictionJob.mapping(mappingId);
            coverage = mapping.coverage(schema);
            for (int from = 0; from < rows.size(); from += batch) {
                List<Integer> chunk = rows.subList(from, Math.min(rows.size(), from + batch));
                long decodeStart = System.nanoTime();
                List<RgbImage> crops = new ArrayList<>();
                for (int row : chunk) {
                    crops.add(read(labels.images().get(row), row));
                    truth.add(labels.images().get(row).tokens());
                }
                long predictStart = System.nanoTime();
                float[][] outputs = predictor.predict(crops);
                timings.add(predictStart - decodeStart, System.nanoTime() - predictStart, chunk.size(), from == 0);
                for (float[] output : outputs) {
                    scores.add(mapping.apply(predictor.id(), byName(predictor.attributeNames(), output)));
                }
            }
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        EvaluationReport report = new AttributeEvaluator(threshold).evaluateScores(coverage.covered(), truth, scores);
        out.printf(Locale.ROOT, "%s (%s) on %s: %d of %d crops%s, schema %s%n", pack != null
                        ? PackPredictors.displayName(pack) : attributeModels.displayName(catalogId),
                pack != null ? pack : catalogId, labelsCsv, rows.size(), labels.size(),
                sample > 0 ? " (random sample, seed " + seed + ")" : limit > 0 ? " (first rows)" : "", schema.id());
        out.printf(Locale.ROOT, "mapping %s covers %d of %d attributes; not covered: %s%n", mapping.id(),
                coverage.covered().size(), schema.size(), coverage.uncovered());
        out.print(report.table());
        out.printf(Locale.ROOT, "latency per crop: model %.2f ms, decode %.2f ms (batches of %d, first batch left out "
                        + "as warm-up); wall %.1f s for %d crops, %d processors%n", timings.modelMillisPerCrop(),
                timings.decodeMillisPerCrop(), batch, wallSeconds, rows.size(), Runtime.getRuntime().availableProcessors());
        out.flush();
    }

    private RgbImage read(LabelledImage image, int row) {
        try {
            return OpenCvImages.read(image.path());
        } catch (ImageReadException e) {
            throw new IllegalArgumentException(labelsCsv + ", data row " + (row + 1) + " (file '" + image.file()
                    + "'): " + e.getMessage(), e);
        }
    }

    private static Map<String, Float> byName(List<String> names, float[] output) {
        Map<String, Float> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), output[i]);
        }
        return byName;
    }

    /** Decode and model time per crop, the first (warm-up) batch left out unless it is the only one. */
    private static final class Timings {
        private long decodeNanos;
        private long modelNanos;
        private long crops;
        private long firstDecode;
        private long firstModel;
        private long firstCrops;

        void add(long decode, long model, int count, boolean first) {
            if (first) {
                firstDecode = decode;
                firstModel = model;
                firstCrops = count;
            } else {
                decodeNanos += decode;
                modelNanos += model;
                crops += count;
            }
        }

        double modelMillisPerCrop() {
            return crops > 0 ? modelNanos / 1e6 / crops : firstModel / 1e6 / Math.max(1, firstCrops);
        }

        double decodeMillisPerCrop() {
            return crops > 0 ? decodeNanos / 1e6 / crops : firstDecode / 1e6 / Math.max(1, firstCrops);
        }
    }
}
