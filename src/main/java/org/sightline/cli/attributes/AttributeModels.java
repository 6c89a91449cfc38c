package org.sightline.cli.attributes;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.sightline.cli.search.VlModels;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.store.AttributePredictionJob;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.attributes.AttributeHeads;
import org.sightline.core.vl.attributes.VlAttributePredictor;
import org.sightline.core.attributes.store.AttributePredictorOpener;
import org.sightline.core.config.AppPaths;
import org.sightline.core.inference.AttributePredictor;
import org.sightline.core.config.Settings;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.engine.djl.CrossroadAttributePredictor;
import org.sightline.engine.djl.device.DjlDeviceSelector;

/**
 * The attribute predictors the command line can run, by short name or catalog id, with the mapping
 * of their outputs onto schema tokens. Model files come verified from the {@link ModelStore}
 * (models folder, then the mirror of {@code -Dsightline.modelMirror} or {@code SIGHTLINE_MODEL_MIRROR}).
 * Predictors open on the compute device given (a GPU asked for and missing is refused, naming the model).
 */
public final class AttributeModels {
    public static final String CROSSROAD_0230 = "crossroad-0230";
    public static final String CROSSROAD_CATALOG_ID = "person-attributes-crossroad-0230";
    /** The vision-language predictor: {@link VlModels#DEFAULT} with sentence features and per-attribute heads. */
    public static final String VL = "vl";
    private static final Map<String, String> CATALOG_IDS = Map.of(CROSSROAD_0230, CROSSROAD_CATALOG_ID,
            CROSSROAD_CATALOG_ID, CROSSROAD_CATALOG_ID, VL, VlModels.DEFAULT, VlModels.DEFAULT, VlModels.DEFAULT);

    private final ModelStore models;
    private final ComputeDevice device;

    /** On {@link ComputeDevice#AUTO}: a GPU when the model's engine has one, else the CPU. */
    public AttributeModels(ModelStore models) {
        this(models, ComputeDevice.AUTO);
    }

    public AttributeModels(ModelStore models, ComputeDevice device) {
        this.models = models;
        this.device = java.util.Objects.requireNonNull(device, "device");
    }

    /** The app's predictors on the compute-device setting. */
    public static AttributeModels forApp() {
        AppPaths paths = AppPaths.fromEnvironment();
        return forApp(ComputeDevice.fromSetting(Settings.load(paths).effectiveComputeDevice()));
    }

    /** The app's predictors on {@code device}. */
    public static AttributeModels forApp(ComputeDevice device) {
        return new AttributeModels(ModelStore.forApp(AppPaths.fromEnvironment(), ModelCatalog.fromClasspath(),
                Optional.empty()), device);
    }

    public ModelStore store() {
        return models;
    }

    /** The compute device asked for. */
    public ComputeDevice device() {
        return device;
    }

    /** The catalog id of a predictor name; the error lists the names known. */
    public static String catalogId(String name) {
        String id = CATALOG_IDS.get(name);
        if (id == null) {
            throw new IllegalArgumentException("Unknown attribute predictor '" + name + "'; known: " + CROSSROAD_0230
                    + ", " + VL);
        }
        return id;
    }

    /** The mapping id of a catalogued attribute model. */
    public static String mappingId(String catalogId) {
        return catalogId(catalogId).equals(VlModels.DEFAULT) ? AttributePredictionJob.DIRECT : BuiltInMappings.CROSSROAD_0230;
    }

    /** The model's name in the catalog, shown to investigators. */
    public String displayName(String catalogId) {
        if (catalogId(catalogId).equals(VlModels.DEFAULT)) {
            return VlAttributePredictor.displayName(VlModels.DEFAULT);
        }
        return models.catalog().require(catalogId).name();
    }

    public AttributePredictor open(String name) throws IOException {
        String catalogId = catalogId(name);
        if (catalogId.equals(VlModels.DEFAULT)) {
            VisionLanguageModel model = new VlModels(models, device).open(VlModels.DEFAULT);
            try {
                return new VlAttributePredictor(model, VlAttributePredictor.allBuiltInAttributes(),
                        AttributeHeads.shipped(model.identity()).orElse(null));
            } catch (RuntimeException e) {
                model.close();
                throw e;
            }
        }
        ai.djl.Device on = DjlDeviceSelector.onnx(device, "attribute model " + CROSSROAD_0230);
        return CrossroadAttributePredictor.open(models.resolve(catalogId).onlyFile(), on);
    }

    public AttributePredictorOpener opener() {
        return this::open;
    }
}
