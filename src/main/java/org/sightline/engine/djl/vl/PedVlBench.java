package org.sightline.engine.djl.vl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.vl.eval.PedestrianCrop;
import org.sightline.core.vl.eval.PedestrianCrops;
import org.sightline.core.vl.sentences.SentenceGenerator;
import org.sightline.core.vl.sentences.TemplateFamily;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * Throughput and size of the shipped model on this machine:
 * {@code PedVlBench <model dir> <osnet.onnx> <bpe merges> <data dir> [crops] [texts]}.
 * Images are decoded before timing; image encoding includes OSNet (crop + mirror) and colour histograms.
 */
public final class PedVlBench {

    private PedVlBench() {
    }

    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args[0]);
        int cropCount = args.length > 4 ? Integer.parseInt(args[4]) : 256;
        int textCount = args.length > 5 ? Integer.parseInt(args[5]) : 1024;
        List<PedestrianCrop> crops = PedestrianCrops.readMarket(Path.of(args[3]).resolve("market-dev"));
        List<RgbImage> images = new ArrayList<>();
        for (int i = 0; i < cropCount; i++) {
            images.add(OpenCvImages.read(crops.get(i * (crops.size() / cropCount)).image()));
        }
        SentenceGenerator generator = new SentenceGenerator(TemplateFamily.EVALUATION, 1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < textCount; i++) {
            texts.add(generator.sentence(crops.get(i % crops.size()).tokens()));
        }
        try (PedestrianVlModel model = PedestrianVlModel.open(modelDir, ShippedPedVl.CONFIG_SHA256, Path.of(args[1]), Path.of(args[2]))) {
            model.encodeImages(images.subList(0, 32));
            model.encodeTexts(texts.subList(0, 64));
            long t0 = System.nanoTime();
            model.encodeImages(images);
            double imageSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            model.encodeTexts(texts);
            double textSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "image encode: %d crops in %.2f s = %.1f crops/s (OSNet x2 + colour + MLP)%n",
                    cropCount, imageSeconds, cropCount / imageSeconds);
            System.out.printf(Locale.ROOT, "text encode: %d sentences in %.2f s = %.0f sentences/s%n",
                    textCount, textSeconds, textCount / textSeconds);
        }
        long bytes = 0;
        for (String file : List.of(VlTrainingRun.CONFIG_FILE, VlTrainingRun.PARAMS_FILE)) {
            bytes += Files.size(modelDir.resolve(file));
        }
        System.out.printf(Locale.ROOT, "model files: %.2f MB (config + parameters; OSNet %.2f MB and BPE merges are shared catalog files)%n",
                bytes / 1e6, Files.size(Path.of(args[1])) / 1e6);
    }
}
