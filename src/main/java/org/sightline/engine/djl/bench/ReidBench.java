package org.sightline.engine.djl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.eval.ReidEvaluation;
import org.sightline.core.eval.ReidResult;
import org.sightline.core.inference.RgbImage;
import org.sightline.engine.djl.OsnetEmbedder;
import org.sightline.engine.opencv.OpenCvImages;

/**
 * Re-ID quality of OSNet x0.25 (MSMT17) on market-dev: one query per identity and camera (the
 * first image of each, by labels.csv order), ranked against the other images with Market-1501's
 * protocol (same identity and camera excluded), and against other cameras' images only.
 * Usage: {@code ReidBench <modelMirror> <dataDir> [model=reid/osnet_x0_25_msmt17.onnx]}.
 * Not a test: run it by hand.
 */
public final class ReidBench {

    private static final int BATCH = 64;

    private ReidBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: ReidBench <modelMirror> <dataDir> [model=reid/osnet_x0_25_msmt17.onnx]");
            System.exit(2);
        }
        Path modelFile = Path.of(args[0]).resolve(args.length > 2 ? args[2] : "reid/osnet_x0_25_msmt17.onnx");
        Path root = Path.of(args[1]).resolve("market-dev");
        List<String> rows = Files.readAllLines(root.resolve("labels.csv"));
        List<Path> files = new ArrayList<>();
        List<String> identities = new ArrayList<>();
        List<Integer> cameras = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", 4);
            files.add(root.resolve("images").resolve(f[0]));
            identities.add(f[1]);
            cameras.add(Integer.parseInt(f[2]));
        }
        long start = System.nanoTime();
        float[][] embeddings = new float[files.size()][];
        try (OsnetEmbedder embedder = OsnetEmbedder.open(modelFile)) {
            for (int from = 0; from < files.size(); from += BATCH) {
                List<RgbImage> crops = files.subList(from, Math.min(files.size(), from + BATCH)).stream()
                        .map(OpenCvImages::read).toList();
                float[][] batch = embedder.embed(crops);
                System.arraycopy(batch, 0, embeddings, from, batch.length);
            }
        }
        double embedSeconds = (System.nanoTime() - start) / 1e9;
        String[] ids = identities.toArray(String[]::new);
        int[] cams = cameras.stream().mapToInt(Integer::intValue).toArray();
        int[] queries = ReidEvaluation.onePerIdentityAndCamera(ids, cams);
        System.out.printf("ReidBench: %s on %d market-dev crops of %d identities, %d queries; read + embed %.1f s (%.1f ms a crop)%n",
                modelFile.getFileName(), files.size(), identities.stream().distinct().count(), queries.length,
                embedSeconds, embedSeconds * 1000 / files.size());
        for (ReidEvaluation.Gallery gallery : ReidEvaluation.Gallery.values()) {
            long t = System.nanoTime();
            ReidResult result = ReidEvaluation.evaluate(embeddings, ids, cams, queries, gallery, 10);
            System.out.printf("%-12s rank-1 %.4f  rank-5 %.4f  rank-10 %.4f  mAP %.4f  (%d queries, %d skipped; %.1f s)%n",
                    gallery, result.rank(1), result.rank(5), result.rank(10), result.meanAp(),
                    result.evaluatedQueries(), result.skippedQueries(), (System.nanoTime() - t) / 1e9);
        }
    }
}
