package org.sightline.engine.djl.tuning;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningInputException;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.vl.PedestrianVlModel;

/**
 * A frozen vision-language model that prompt tuning differentiates through: unit text embeddings as a
 * function of text prompt vectors, and unit image embeddings of cached crops as a function of region
 * prompts (4, perRegion, width), gradients reaching only the prompts. The base's own weights are only
 * read; {@link #baseParameterValues()} lets a test check that they stay bit-identical. Callers hold
 * {@link #lock()} while computing with it.
 */
public interface TunableBase {

    /** Crops prepared once for repeated image encoding (frozen features or resized pixels). */
    interface Crops {
        int size();
    }

    static TunableBase of(PedestrianVlModel model) {
        return new PedVlTunableBase(model);
    }

    /** A CLIP model; {@code perRegion} prompt tokens per body region (ViT only; 0 for none). */
    static TunableBase of(ClipModel model, int perRegion) {
        return new ClipTunableBase(model, perRegion);
    }

    VisionLanguageModel model();

    Object lock();

    /** The device the base's weights are on: a tuner makes its arrays there too. */
    Device device();

    /** Width of a text prompt vector. */
    int textWidth();

    /** Unit text embeddings [N, D] with {@code prompts} [P, textWidth] inserted. */
    NDArray unitTexts(NDManager scope, List<String> texts, NDArray prompts);

    /** Region prompt vectors per region this base takes (0: it takes none). */
    int regionPromptCount();

    int regionPromptWidth();

    /** Standard deviation of the initial region prompts (0: start exactly at the base model). */
    float regionPromptInitStd();

    /** One line saying what the region prompts are in this base, for the log. */
    String regionPromptDescription();

    Crops cache(List<LabelledImage> images, JobContext context, String what) throws TuningInputException;

    /** Unit image embeddings [rows, D] of cached crops with region prompts (4, perRegion, width), or null for none. */
    NDArray unitImages(NDManager scope, Crops crops, List<Integer> rows, NDArray regionPrompts);

    /** Rows per no-gradient image batch. */
    int imageBatch();

    long baseParameterCount();

    /** A copy of every base weight (to check that tuning left them unchanged). */
    float[] baseParameterValues();
}
