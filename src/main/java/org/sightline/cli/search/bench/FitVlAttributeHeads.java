package org.sightline.cli.search.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sightline.cli.search.VlModels;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.pipeline.RgbImageFiles;
import org.sightline.core.vl.VisionLanguageModel;
import org.sightline.core.vl.attributes.AttributeHeads;
import org.sightline.core.vl.attributes.HeadFitting;
import org.sightline.core.vl.attributes.SentenceFeatures;
import org.sightline.core.vl.attributes.VlAttributePredictor;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;

/**
 * Fits the per-attribute heads of the default vision-language model on the PETA subsets it trained
 * on (held-out PRID and MIT are never read) and writes them as the shipped resource.
 * Usage: {@code FitVlAttributeHeads <data-dir> <output-folder>} with -Dsightline.modelMirror set.
 */
public final class FitVlAttributeHeads {

    private FitVlAttributeHeads() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        List<PedestrianCrop> crops = HeadFitting.trainingCrops(PedestrianCrops.readPeta(dataDir.resolve("peta-dev")));
        try (VisionLanguageModel model = VlModels.forApp().open(VlModels.DEFAULT)) {
            long t0 = System.nanoTime();
            float[][] images = encode(model, crops);
            SentenceFeatures features = new SentenceFeatures(model, VlAttributePredictor.allBuiltInAttributes());
            AttributeHeads heads = HeadFitting.fit(model.identity(), features.tokens(), features.of(images), crops);
            Path out = outDir.resolve(AttributeHeads.resourceName(model.identity()));
            heads.write(out);
            System.out.printf("fitted %d heads on %d crops of %s in %.0f s -> %s%n", heads.heads().size(), crops.size(),
                    heads.fittedOn(), (System.nanoTime() - t0) / 1e9, out);
        }
    }

    static float[][] encode(VisionLanguageModel model, List<PedestrianCrop> crops) throws java.io.IOException {
        float[][] out = new float[crops.size()][];
        for (int from = 0; from < crops.size(); from += 64) {
            List<RgbImage> batch = new ArrayList<>();
            for (PedestrianCrop crop : crops.subList(from, Math.min(crops.size(), from + 64))) {
                batch.add(RgbImageFiles.read(crop.image()));
            }
            float[][] e = model.encodeImages(batch);
            System.arraycopy(e, 0, out, from, e.length);
        }
        return out;
    }
}
