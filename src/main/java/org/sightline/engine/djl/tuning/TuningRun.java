package org.sightline.engine.djl.tuning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.IdentityFolders;
import org.sightline.core.tuning.PromptPack;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.tuning.resume.TuningFingerprint;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * A tuning run of either task as the case job and the command line start and resume it: the inputs
 * read, the {@link TuningRunSpec} describing them (checked before a resume), and the run itself.
 */
public final class TuningRun {

    public static final String ATTRIBUTES = "attributes";

    /** The data read for a run: labelled crops (attributes) or identity folders (retrieval). */
    public record Inputs(TuningData attributes, IdentityFolders.Identities identities) {
    }

    /** What a finished run gives: one of the two results, and the device it ran on ("CPU", "GPU 0"). */
    public record Result(TuningResult attributes, DescriptionTuningResult retrieval, String device) {

        public PromptPack pack() {
            return attributes != null ? attributes.pack() : retrieval.pack();
        }

        public int bestEpoch() {
            return attributes != null ? attributes.bestEpoch() : retrieval.bestEpoch();
        }

        /** Cancelled after some epoch improved: the pack holds the best epoch so far. */
        public boolean stoppedByCancel() {
            return "cancel".equals(pack().facts().get("stoppedBy"));
        }
    }

    private TuningRun() {
    }

    /**
     * Reads the run's data. {@code schemas} resolves a schema id or file (called only for a non-blank
     * {@code schema} of the attributes task).
     */
    public static Inputs read(String task, Path input, String schema, Function<String, AttributeSchema> schemas,
                              boolean skipEmpty) throws IOException {
        if (task.equals(DescriptionTuning.TASK)) {
            return new Inputs(null, IdentityFolders.read(input, skipEmpty));
        }
        if (!task.equals(ATTRIBUTES)) {
            throw new IllegalArgumentException("task '" + task + "': expected " + ATTRIBUTES + " or " + DescriptionTuning.TASK);
        }
        AttributeSchema resolved = schema == null || schema.isBlank() ? null : schemas.apply(schema.strip());
        return new Inputs(TuningInputs.read(input, resolved, skipEmpty), null);
    }

    /** {@code imagePrompts}: {@link TuningRunSpec#IMAGE_PROMPTS_OFF} or a description of the region prompts learned. */
    public static TuningRunSpec spec(String task, Path input, String schema, TuningOptions options, ModelIdentity base,
                                     String imagePrompts, Inputs inputs) {
        String fingerprint = inputs.attributes() != null ? TuningFingerprint.of(inputs.attributes())
                : TuningFingerprint.of(inputs.identities());
        String summary = inputs.attributes() != null ? TuningFingerprint.summary(inputs.attributes())
                : TuningFingerprint.summary(inputs.identities());
        return new TuningRunSpec(task, input.toAbsolutePath().normalize().toString(), schema == null ? "" : schema.strip(),
                options.epochs(), options.seed(), options.promptCount(), options.learningRate(), options.batchSize(),
                options.patience(), options.validationShare(), base.modelId(), base.sha256(), fingerprint, summary,
                task.equals(DescriptionTuning.TASK) ? TuningRunSpec.IMAGE_PROMPTS_OFF : imagePrompts);
    }

    public static TuningOptions options(TuningRunSpec spec) {
        return new TuningOptions(spec.epochs(), spec.seed(), spec.promptCount(), spec.learningRate(), spec.batchSize(),
                spec.patience(), spec.validationShare());
    }

    /**
     * Runs (or continues, per {@code resume}) the tuning of {@code inputs} on the open base model, with
     * region prompts when {@code imagePrompts} (attributes only; description search tunes sightline-pedvl's
     * text prompts), on the device the base model's weights are on (logged first).
     */
    public static Result run(TunableBase base, boolean imagePrompts, Inputs inputs, TuningOptions options,
                             Consumer<String> log, Consumer<EpochRecord> epochs, JobContext context, TuningResume resume)
            throws Exception {
        String device = DjlDeviceSelector.describe(base.device());
        log.accept("device: " + device);
        if (inputs.attributes() != null) {
            return new Result(new PromptTuning(base, imagePrompts, inputs.attributes(), options, log, epochs)
                    .run(context, resume), null, device);
        }
        if (!(base.model() instanceof PedestrianVlModel model)) {
            throw new IllegalArgumentException("description search tuning needs sightline-pedvl as its base, not "
                    + base.model().identity().modelId());
        }
        return new Result(null, new DescriptionTuning(model, inputs.identities(), options, log, epochs).run(context, resume), device);
    }

    /** Runs a saved spec on sightline-pedvl, with the region prompts the spec says. */
    public static Result run(PedestrianVlModel model, TuningRunSpec spec, Inputs inputs, Consumer<String> log,
                             Consumer<EpochRecord> epochs, JobContext context, TuningResume resume) throws Exception {
        return run(TunableBase.of(model), spec.learnsImagePrompts(), inputs, options(spec), log, epochs, context, resume);
    }
}
