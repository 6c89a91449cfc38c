package org.sightline.engine.djl.tuning;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningInputException;
import org.sightline.core.vl.ImagePrompts;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.vl.PedestrianVlModel;
import org.sightline.engine.djl.vl.PromptImageTower;
import org.sightline.engine.djl.vl.PromptTextTower;

/**
 * sightline-pedvl as a {@link TunableBase}: text through {@link PromptTextTower}, images through
 * {@link PromptImageTower} (one region prompt of 11 per body band, added to that band's standardised
 * colour histogram; starts at zero, i.e. at the base model). Crops are cached as standardised frozen
 * features (OSNet + histograms computed once), so a step runs only the small MLP.
 */
final class PedVlTunableBase implements TunableBase {

    private final PedestrianVlModel model;
    private final PromptTextTower text;
    private final PromptImageTower image;

    private record Features(float[][] rows) implements Crops {
        @Override
        public int size() {
            return rows.length;
        }
    }

    PedVlTunableBase(PedestrianVlModel model) {
        this.model = model;
        this.text = PromptTextTower.of(model);
        this.image = PromptImageTower.of(model);
    }

    @Override
    public VisionLanguageModel model() {
        return model;
    }

    @Override
    public Object lock() {
        return text.lock();
    }

    @Override
    public Device device() {
        return model.device();
    }

    @Override
    public int textWidth() {
        return text.width();
    }

    @Override
    public NDArray unitTexts(NDManager scope, List<String> texts, NDArray prompts) {
        return text.unitEmbeddings(scope, texts, prompts);
    }

    @Override
    public int regionPromptCount() {
        return 1;
    }

    @Override
    public int regionPromptWidth() {
        return PromptImageTower.REGION_WIDTH;
    }

    @Override
    public float regionPromptInitStd() {
        return 0f;
    }

    @Override
    public String regionPromptDescription() {
        return "one shift of 11 per body band, added to its standardised colour histogram before the frozen MLP";
    }

    @Override
    public Crops cache(List<LabelledImage> images, JobContext context, String what) throws TuningInputException {
        float[][] rows = new float[images.size()][];
        for (int start = 0; start < images.size(); start += CropEmbeddings.BATCH) {
            CropEmbeddings.progress(context, start, images.size(), what);
            int end = Math.min(images.size(), start + CropEmbeddings.BATCH);
            float[][] batch = image.standardisedFeatures(CropEmbeddings.read(images.subList(start, end)));
            System.arraycopy(batch, 0, rows, start, batch.length);
        }
        return new Features(rows);
    }

    @Override
    public NDArray unitImages(NDManager scope, Crops crops, List<Integer> rows, NDArray regionPrompts) {
        float[][] all = ((Features) crops).rows();
        int f = all[0].length;
        float[] flat = new float[rows.size() * f];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(all[rows.get(i)], 0, flat, i * f, f);
        }
        NDArray prompts = regionPrompts == null ? null
                : regionPrompts.reshape(ImagePrompts.REGIONS.size(), PromptImageTower.REGION_WIDTH);
        return image.unitEmbeddings(scope, scope.create(flat, new Shape(rows.size(), f)), prompts);
    }

    @Override
    public int imageBatch() {
        return 256;
    }

    @Override
    public long baseParameterCount() {
        return text.baseParameterCount();
    }

    @Override
    public float[] baseParameterValues() {
        return text.baseParameterValues();
    }
}
