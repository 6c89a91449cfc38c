package org.sightline.cli.attributes;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.config.AppPaths;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.attributes.store.AttributePredictions;
import org.sightline.core.attributes.store.PredictorInfo;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.Cases;
import org.sightline.core.cases.jobs.CaseJob;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.cases.jobs.ResumableJob;
import org.sightline.core.cases.jobs.ResumableJobs;
import org.sightline.cli.bases.DeviceOption;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline attributes <case>}: scores every detection of a case with an attribute model, or
 * continues the last unfinished run (cancelled, interrupted by a crash or Ctrl-C), then prints a
 * per-attribute summary. Exit code 1 with a message on a problem.
 */
@Command(name = "attributes", mixinStandardHelpOptions = true,
        description = "Score pedestrian attributes of every detection in a case (resuming an unfinished run) "
                + "and print a per-attribute summary.")
public final class AttributesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder.")
    private Path caseFolder;

    @Option(names = "--schema", defaultValue = BuiltInSchemas.SIGHTLINE_DEFAULT,
            description = "Schema of the summary: sightline-default, peta-35 or pa100k-26 (default: ${DEFAULT-VALUE}).")
    private String schemaId;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Yes when p is above this (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--predictor", defaultValue = AttributeModels.CROSSROAD_0230,
            description = "Attribute model (default: ${DEFAULT-VALUE}).")
    private String predictorName;

    @Option(names = "--batch", defaultValue = "32", description = "Detections per committed batch (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Mixin
    DeviceOption device = new DeviceOption();

    private AttributeModels models;

    public AttributesCommand() {
    }

    public AttributesCommand(AttributeModels models) {
        this.models = models;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AttributeSchema schema = SchemaLibrary.forApp(AppPaths.fromEnvironment()).resolve(schemaId);
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("--threshold must be in [0, 1], got " + threshold);
            }
            String catalogId = AttributeModels.catalogId(predictorName);
            AttributeModels attributeModels = models != null ? models : AttributeModels.forApp(device.check(
                    AppPaths.fromEnvironment(), catalogId.equals(AttributeModels.CROSSROAD_CATALOG_ID)
                            ? DjlDeviceSelector.ONNX_RUNTIME : DjlDeviceSelector.PYTORCH, "the attribute model", err));
            try (CaseStore store = Cases.open(caseFolder)) {
                CaseJobs jobs = new CaseJobs(store);
                Optional<CaseJob> unfinished = jobs.resumable().stream()
                        .filter(job -> job.kind().equals(AttributePredictionJob.KIND)).reduce((a, b) -> b);
                ResumableJob job;
                long jobId;
                if (unfinished.isPresent()) {
                    jobId = unfinished.get().id();
                    job = AttributePredictionJob.factory(attributeModels.opener()).fromParams(unfinished.get().params());
                    err.printf("Resuming attribute job %d after %d of %d detections%n", jobId,
                            unfinished.get().done(), unfinished.get().total());
                } else {
                    job = new AttributePredictionJob(predictorName, attributeModels.displayName(catalogId),
                            AttributeModels.mappingId(catalogId), batchSize, attributeModels.opener());
                    jobId = jobs.create(job.kind(), job.params()).id();
                }
                ResumableJobs.asJob(store, jobId, job).run(new ProgressPrinter(err));
                PredictorInfo predictor = new AttributePredictions(store).predictors().stream()
                        .filter(p -> p.mappingId().equals(AttributeModels.mappingId(catalogId))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the job registered no predictor"));
                AttributeSummary.print(store, schema, predictor, threshold, out);
            }
            return 0;
        } catch (Exception e) {
            err.println("sightline attributes: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            err.flush();
            return 1;
        }
    }
}
