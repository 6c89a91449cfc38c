package org.sightline.app;

import java.util.List;
import java.util.function.Consumer;
import org.sightline.core.attributes.AttributeSchema;
import org.sightline.core.attributes.BuiltInSchemas;
import org.sightline.core.attributes.SchemaLibrary;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.jobs.Job;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.tuning.TuningData;
import org.sightline.core.tuning.TuningInputs;
import org.sightline.core.vl.ModelIdentity;
import org.sightline.engine.djl.tuning.PromptTuning;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.engine.djl.tuning.TuningOptions;
import org.sightline.engine.djl.tuning.TuningResult;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.ui.tuning.TuningEpoch;
import org.sightline.ui.tuning.TuningOutcome;
import org.sightline.ui.tuning.TuningPort;
import org.sightline.ui.tuning.TuningRequest;

/**
 * The UI's prompt tuning: {@link PromptTuning} of the shipped sightline-pedvl (opened per run through
 * the model store), default options except the epochs; attributes without positive or negative
 * images are left out rather than failing.
 */
final class TuningWiring {
    private TuningWiring() {
    }

    static TuningPort port(AppPaths paths, Settings settings) {
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), settings.modelMirrorSetting());
        ShippedPedVlModels pedvl = new ShippedPedVlModels(store);
        SchemaLibrary schemas = SchemaLibrary.forApp(paths);
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
                    AttributeSchema schema = request.schema().isBlank() ? null : schemas.resolve(request.schema());
                    TuningData data = TuningInputs.read(request.input(), schema, true);
                    TuningOptions options = TuningOptions.defaults().withEpochs(request.epochs());
                    try (PedestrianVlModel model = pedvl.open()) {
                        TuningResult r = new PromptTuning(model, data, options, line -> { },
                                e -> epochs.accept(new TuningEpoch(e.epoch(), e.trainingLoss(), e.validationMa()))).run(context);
                        return new TuningOutcome(r.pack(), r.zeroShot().meanAccuracy(), r.zeroShotWithOffsets().meanAccuracy(),
                                r.tuned().meanAccuracy(), r.bestEpoch(),
                                r.tuned().attributes().size() - r.tuned().undefinedAttributes().size(),
                                "cancel".equals(r.pack().facts().get("stoppedBy")));
                    }
                };
            }
        };
    }
}
