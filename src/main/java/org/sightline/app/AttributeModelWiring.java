package org.sightline.app;

import org.sightline.cli.attributes.AttributeModels;
import org.sightline.core.config.AppPaths;
import org.sightline.core.config.Settings;
import org.sightline.core.models.ComputeDevice;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.attributes.store.AttributePredictorOpener;
import org.sightline.engine.djl.device.DjlDeviceSelector;
import org.sightline.engine.djl.tuning.ShippedPedVlModels;
import org.sightline.ui.attributes.ActivePack;
import org.sightline.ui.attributes.AttributeModelPort;

/**
 * The UI's attribute model: crossroad-0230 opened through the model store (folder, then mirror); a case's
 * active prompt pack ({@code pack:<file>}) opens over the shipped sightline-pedvl instead. Both open on the
 * compute device of the settings the app started with; gpu without one fails the scoring job, naming the model.
 */
final class AttributeModelWiring {
    private AttributeModelWiring() {
    }

    static AttributeModelPort port(AppPaths paths, Settings settings) {
        ModelStore store = ModelStore.forApp(paths, ModelCatalog.fromClasspath(), settings.modelMirrorSetting());
        ComputeDevice device = ComputeDevice.fromSetting(settings.effectiveComputeDevice());
        AttributeModels models = new AttributeModels(store, device);
        String catalogId = AttributeModels.catalogId(AttributeModels.CROSSROAD_0230);
        String hint = "To get it: run `sightline models download " + catalogId + "` (needs the internet once), or "
                + "point Sightline at a folder that already holds the models: set \"modelMirror\" in "
                + paths.settingsFile() + " or the environment variable " + ModelStore.MIRROR_ENV
                + ", then choose Attributes › Score new crops.";
        ShippedPedVlModels pedvl = new ShippedPedVlModels(store);
        AttributePredictorOpener opener = name -> ActivePack.packFile(name).isPresent()
                ? pedvl.openPack(ActivePack.packFile(name).get(), DjlDeviceSelector.pytorch(device, "prompt pack " + name))
                : models.open(name);
        return new AttributeModelPort(AttributeModels.CROSSROAD_0230, models.displayName(catalogId),
                AttributeModels.mappingId(catalogId), opener, hint);
    }

}
