package org.sightline.core.vl.search;

import java.io.IOException;
import org.sightline.core.vl.VisionLanguageModel;

/** Opens a vision-language model by id (verified files, engine of the app's choice). */
@FunctionalInterface
public interface VlModelOpener {

    VisionLanguageModel open(String modelId) throws IOException;
}
