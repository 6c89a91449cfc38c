package org.sightline.app;

import ai.djl.Device;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.cases.CaseStore;
import org.sightline.core.cases.jobs.CaseJobs;
import org.sightline.core.jobs.Job;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.resume.TuningCaseJobs;
import org.sightline.core.tuning.resume.TuningRunSpec;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.tuning.DescriptionTuningResult;
import org.sightline.engine.djl.tuning.EpochRecord;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.engine.djl.tuning.TuningCaseJob;
import org.sightline.engine.djl.tuning.TuningOptions;
import org.sightline.engine.djl.tuning.TuningResult;
import org.sightline.engine.djl.tuning.TuningResume;
import org.sightline.engine.djl.tuning.TunableBase;
import org.sightline.engine.djl.tuning.TuningRun;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.ui.tuning.InterruptedTuning;
import org.sightline.ui.tuning.TuningEpoch;
import org.sightline.ui.tuning.TuningOutcome;
import org.sightline.ui.tuning.TuningPort;
import org.sightline.ui.tuning.TuningRequest;
import org.sightline.ui.tuning.TuningTask;

/**
 * The UI's prompt tuning: attribute or description-search tuning of the shipped sightline-pedvl (opened
 * per run through the model store), default options except the epochs; attributes without positive or
 * negative images (and identity folders without images or descriptions) are left out rather than failing.
 * Attribute runs learn region prompts too; description-search runs learn text prompts only. With a case
 * open a run is a {@link TuningCaseJob} of the case (resumable from its last finished epoch). Every run goes
 * to the compute device of the settings (cpu forces the CPU; auto takes a GPU when PyTorch has one; gpu
 * without one fails the run naming it) and its outcome says which device it ran on.
 */
final class TuningWiring {
    private TuningWiring() {
    }

    /** Runs go to the device {@code settings} asks for (as the app started: see {@link DjlDeviceSelector#require}). */
    static TuningPort port(AppPaths paths, Settings settings) {
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), settings.modelMirrorSetting());
        ShippedPedVlModels pedvl = new ShippedPedVlModels(store);
        SchemaLibrary schemas = SchemaLibrary.forApp(paths);
        // resolved per run, before anything is read or saved, so a missing GPU fails the run at once
        Supplier<Device> device = () -> new DjlDeviceSelector().require(ComputeDevice.fromSetting(settings.effectiveComputeDevice()));
        return new TuningPort() {
            @Override
            public ModelIdentity base() {
                return ShippedPedVlModels.identity();
            }

            @Override
            public List<String> schemas() {
                List<String> ids = new java.util.ArrayList<>(List.of(BuiltInSchemas.PETA_35));
                schemas.all().stream().map(AttributeSchema::id).filter(id -> !ids.contains(id)).forEach(ids::add);
                return ids;
            }

            @Override
            public Job<TuningOutcome> tuning(TuningRequest request, Consumer<TuningEpoch> epochs) {
                return context -> {
                    Device on = device.get();
                    TuningRun.Inputs inputs = TuningRun.read(request.task().id(), request.input(), request.schema(),
                            schemas::resolve, true);
                    TuningOptions options = TuningOptions.defaults().withEpochs(request.epochs());
                    try (PedestrianVlModel model = pedvl.open(on)) {
                        return outcome(TuningRun.run(TunableBase.of(model), request.task() == TuningTask.ATTRIBUTES, inputs, options,
                                line -> { }, relay(epochs), context, TuningResume.none()));
                    }
                };
            }

            @Override
            public Job<TuningOutcome> tuning(CaseStore store, TuningRequest request, Consumer<TuningEpoch> epochs) {
                return context -> {
                    Device on = device.get();
                    TuningRun.Inputs inputs = TuningRun.read(request.task().id(), request.input(), request.schema(),
                            schemas::resolve, true);
                    TuningRunSpec spec = TuningRun.spec(request.task().id(), request.input(), request.schema(),
                            TuningOptions.defaults().withEpochs(request.epochs()), base(), TuningRunSpec.IMAGE_PROMPTS_ON, inputs);
                    long jobId = new CaseJobs(store).create(TuningCaseJobs.KIND, spec.toJson()).id();
                    return runInCase(store, jobId, spec, on, epochs, context);
                };
            }

            @Override
            public List<InterruptedTuning> interrupted(CaseStore store) {
                return TuningCaseJobs.resumable(store).stream().map(run -> new InterruptedTuning(run.job().id(),
                        TuningTask.fromId(run.spec().task()), run.spec().input(), run.epochs().size(), run.spec().epochs(), run.job().state().name(),
                        run.epochs().stream().map(e -> new TuningEpoch(e.epoch(), e.trainingLoss(), e.metric())).toList())).toList();
            }

            @Override
            public Job<TuningOutcome> resume(CaseStore store, long jobId, Consumer<TuningEpoch> epochs) {
                return context -> {
                    Device on = device.get();
                    return runInCase(store, jobId, TuningRunSpec.fromJson(new CaseJobs(store).require(jobId).params(),
                            TuningCaseJobs.where(store, jobId)), on, epochs, context);
                };
            }

            private TuningOutcome runInCase(CaseStore store, long jobId, TuningRunSpec spec, Device on,
                                            Consumer<TuningEpoch> epochs, JobContext context) throws Exception {
                return outcome(new TuningCaseJob(spec, baseModel(pedvl, on), schemas::resolve, relay(epochs)).runIn(store, jobId, context));
            }
        };
    }

    private static TuningCaseJob.BaseModel baseModel(ShippedPedVlModels pedvl, Device device) {
        return new TuningCaseJob.BaseModel() {
            @Override
            public ModelIdentity identity() {
                return ShippedPedVlModels.identity();
            }

            @Override
            public PedestrianVlModel open() throws Exception {
                return pedvl.open(device);
            }
        };
    }

    private static Consumer<EpochRecord> relay(Consumer<TuningEpoch> epochs) {
        return e -> epochs.accept(new TuningEpoch(e.epoch(), e.trainingLoss(), e.validationMa()));
    }

    private static TuningOutcome outcome(TuningRun.Result result) {
        if (result.retrieval() != null) {
            DescriptionTuningResult r = result.retrieval();
            return TuningOutcome.retrieval(r.pack(), r.before(), r.after(), r.bestEpoch(), result.stoppedByCancel())
                    .onDevice(result.device());
        }
        TuningResult r = result.attributes();
        return new TuningOutcome(r.pack(), r.zeroShot().meanAccuracy(), r.zeroShotWithOffsets().meanAccuracy(),
                r.tuned().meanAccuracy(), r.bestEpoch(), r.tuned().attributes().size() - r.tuned().undefinedAttributes().size(),
                result.stoppedByCancel()).onDevice(result.device());
    }
}
