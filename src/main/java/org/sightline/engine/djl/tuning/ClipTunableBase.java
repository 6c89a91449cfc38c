package org.sightline.engine.djl.tuning;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.attributes.labels.LabelledImage;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.jobs.JobContext;
import org.sightline.core.tuning.TuningInputException;
import org.sightline.core.vl.ClipImageTransform;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.engine.djl.clip.ClipModel;
import org.sightline.engine.djl.clip.ClipNetwork;
import org.sightline.engine.djl.clip.ClipVisionTransformer;

/**
 * A CLIP checkpoint as a {@link TunableBase}: text prompts through {@code ClipTextTower.encode}, region
 * prompt tokens through {@link ClipVisionTransformer#encodeRegions} (ViT only; a modified ResNet takes
 * none). Crops are cached resized and centre-cropped, 8-bit (3 x size x size bytes each), and run
 * through the whole frozen ViT at every step, so this is much slower than sightline-pedvl per epoch.
 */
final class ClipTunableBase implements TunableBase {

    private final ClipModel model;
    private final ClipNetwork network;
    private final int perRegion;

    private record Squared(List<RgbImage> images) implements Crops {
        @Override
        public int size() {
            return images.size();
        }
    }

    ClipTunableBase(ClipModel model, int perRegion) {
        if (perRegion < 0) {
            throw new IllegalArgumentException("region prompt tokens per region must be 0 or more, got " + perRegion);
        }
        this.model = model;
        this.network = model.network();
        this.perRegion = network.visual() instanceof ClipVisionTransformer ? perRegion : 0;
    }

    @Override
    public VisionLanguageModel model() {
        return model;
    }

    @Override
    public Object lock() {
        return model;
    }

    @Override
    public Device device() {
        return model.device();
    }

    @Override
    public int textWidth() {
        return network.text().config().width();
    }

    @Override
    public NDArray unitTexts(NDManager scope, List<String> texts, NDArray prompts) {
        int count = prompts == null ? 0 : (int) prompts.getShape().get(0);
        NDArray e = network.text().encode(model.tokenIds(scope, texts, count), prompts);
        return e.div(e.norm(new int[] {1}, true).add(1e-12f));
    }

    @Override
    public int regionPromptCount() {
        return perRegion;
    }

    @Override
    public int regionPromptWidth() {
        return network.visual() instanceof ClipVisionTransformer vit ? vit.config().width() : 0;
    }

    @Override
    public float regionPromptInitStd() {
        return 0.02f;
    }

    @Override
    public String regionPromptDescription() {
        return perRegion + " prompt token(s) per body region after the class token, each region's seeing only its band "
                + "of patch rows (and the class token)";
    }

    @Override
    public Crops cache(List<LabelledImage> images, JobContext context, String what) throws TuningInputException {
        ClipImageTransform transform = model.imageTransform();
        List<RgbImage> out = new ArrayList<>(images.size());
        for (int start = 0; start < images.size(); start += CropEmbeddings.BATCH) {
            CropEmbeddings.progress(context, start, images.size(), what);
            for (RgbImage image : CropEmbeddings.read(images.subList(start, Math.min(images.size(), start + CropEmbeddings.BATCH)))) {
                out.add(transform.squared(image));
            }
        }
        return new Squared(out);
    }

    @Override
    public NDArray unitImages(NDManager scope, Crops crops, List<Integer> rows, NDArray regionPrompts) {
        ClipImageTransform transform = model.imageTransform();
        int size = transform.size();
        int perImage = 3 * size * size;
        float[] pixels = new float[rows.size() * perImage];
        List<RgbImage> images = ((Squared) crops).images();
        for (int i = 0; i < rows.size(); i++) {
            transform.apply(images.get(rows.get(i)), pixels, i * perImage);
        }
        NDArray x = scope.create(pixels, new Shape(rows.size(), 3, size, size));
        NDArray e = regionPrompts == null ? network.visual().encode(x)
                : ((ClipVisionTransformer) network.visual()).encodeRegions(x, regionPrompts);
        return e.div(e.norm(new int[] {1}, true).add(1e-12f));
    }

    @Override
    public int imageBatch() {
        return 16;
    }

    @Override
    public long baseParameterCount() {
        return network.stateDict().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    @Override
    public float[] baseParameterValues() {
        float[] out = new float[Math.toIntExact(baseParameterCount())];
        int at = 0;
        for (Parameter p : network.stateDict().values()) {
            float[] v = p.getArray().toFloatArray();
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return out;
    }
}
