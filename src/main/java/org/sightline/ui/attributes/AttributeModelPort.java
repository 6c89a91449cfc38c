package org.sightline.ui.attributes;

import java.io.IOException;
import java.util.Objects;
import org.sightline.core.attributes.BuiltInMappings;
import org.sightline.core.attributes.store.AttributePredictorOpener;

/**
 * The attribute model the app scores new detections with, handed over by the composition root so the
 * UI never touches an inference engine.
 *
 * @param modelName   the name the opener opens and the saved job keeps (e.g. {@code crossroad-0230})
 * @param displayName how the inspector names the predictor, e.g. "… crossroad-0230 (Intel Open Model Zoo)"
 * @param mappingId   built-in mapping of the model's outputs onto schema tokens
 * @param opener      opens the verified model through the model store
 * @param missingHint appended to a "model missing" message: how to get the model (download command, mirror)
 */
public record AttributeModelPort(String modelName, String displayName, String mappingId,
                                 AttributePredictorOpener opener, String missingHint) {
    public AttributeModelPort {
        Objects.requireNonNull(modelName, "modelName");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(mappingId, "mappingId");
        Objects.requireNonNull(opener, "opener");
        missingHint = missingHint == null ? "" : missingHint;
    }

    /** For a UI without a model (previews, tests): scoring fails with a message saying so. */
    public static AttributeModelPort none() {
        return new AttributeModelPort("none", "no attribute model", BuiltInMappings.CROSSROAD_0230, name -> {
            throw new IOException("This Sightline was started without an attribute model");
        }, "");
    }
}
