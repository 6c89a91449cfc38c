package org.sightline.core.attributes.store;

import java.io.IOException;
import org.sightline.core.inference.AttributePredictor;

/** Opens the attribute predictor of a catalogued model (verified files, engine of the app's choice). */
@FunctionalInterface
public interface AttributePredictorOpener {

    AttributePredictor open(String modelId) throws IOException;
}
