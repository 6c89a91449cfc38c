package org.sightline.engine.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.RgbImage;
import org.sightline.core.inference.Vectors;
import org.sightline.engine.opencv.OpenCvImages;
import org.sightline.engine.opencv.TestData;

class OsnetEmbedderTest {

    private static final int IDENTITIES = 30;

    @Test
    void sameIdentityIsCloserThanOthersOnMarket1501() throws IOException {
        Path root = TestData.data("market-dev");
        Path modelFile = TestData.model("reid/osnet_x0_25_msmt17.onnx");
        // The first two images (from different cameras where possible) of the first 30 identities.
        Map<String, List<String>> byIdentity = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve("labels.csv")).stream().skip(1).toList()) {
            String[] f = line.split(",");
            byIdentity.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0] + "," + f[2]);
        }
        List<RgbImage> queries = new ArrayList<>();
        List<RgbImage> gallery = new ArrayList<>();
        for (List<String> images : byIdentity.values()) {
            if (images.size() < 2 || queries.size() == IDENTITIES) {
                continue;
            }
            String first = images.getFirst();
            String second = images.stream().skip(1).filter(i -> !camera(i).equals(camera(first))).findFirst()
                    .orElse(images.get(1));
            queries.add(OpenCvImages.read(root.resolve("images").resolve(file(first))));
            gallery.add(OpenCvImages.read(root.resolve("images").resolve(file(second))));
        }
        assertEquals(IDENTITIES, queries.size());

        try (OsnetEmbedder embedder = OsnetEmbedder.open(modelFile)) {
            assertEquals("osnet_x0_25_msmt17", embedder.modelId());
            float[][] q = embedder.embed(queries);
            float[][] g = embedder.embed(gallery);
            assertEquals(embedder.dimension(), q[0].length);
            assertEquals(1.0, Vectors.dot(q[0], q[0]), 1e-4, "vectors are L2-normalised");

            double same = 0;
            double different = 0;
            int rank1 = 0;
            for (int i = 0; i < IDENTITIES; i++) {
                int best = 0;
                for (int j = 0; j < IDENTITIES; j++) {
                    float cosine = Vectors.dot(q[i], g[j]);
                    if (i == j) {
                        same += cosine;
                    } else {
                        different += cosine;
                    }
                    best = cosine > Vectors.dot(q[i], g[best]) ? j : best;
                }
                rank1 += best == i ? 1 : 0;
            }
            same /= IDENTITIES;
            different /= IDENTITIES * (IDENTITIES - 1);
            System.out.printf("OSNet x0.25 on %d Market-1501 identities: mean cosine same %.3f, different %.3f,"
                    + " rank-1 %d/%d%n", IDENTITIES, same, different, rank1, IDENTITIES);
            assertTrue(same > different + 0.15, "same " + same + " vs different " + different);
            assertTrue(rank1 >= IDENTITIES / 2, "rank-1 " + rank1 + "/" + IDENTITIES);
        }
    }

    @Test
    void batchesGiveTheSameVectorsAsSingleCrops() {
        Path modelFile = TestData.model("reid/osnet_x0_25_msmt17.onnx");
        RgbImage crop = OpenCvImages.read(TestData.data("market-dev/images/0002_c1s1_000451_00.jpg"));
        try (OsnetEmbedder embedder = OsnetEmbedder.open(modelFile)) {
            List<RgbImage> many = new ArrayList<>();
            for (int i = 0; i < OsnetEmbedder.BATCH + 3; i++) {
                many.add(crop);
            }
            float[][] batched = embedder.embed(many);
            float[] single = embedder.embed(List.of(crop))[0];
            assertEquals(many.size(), batched.length);
            assertEquals(1.0, Vectors.dot(single, batched[OsnetEmbedder.BATCH + 2]), 1e-4);
            assertEquals(0, embedder.embed(List.of()).length);
        }
    }

    @Test
    void oneEmbedderServesSeveralThreadsAtOnce() throws Exception {
        Path modelFile = TestData.model("reid/osnet_x0_25_msmt17.onnx");
        List<RgbImage> crops = List.of(
                OpenCvImages.read(TestData.data("market-dev/images/0002_c1s1_000451_00.jpg")),
                OpenCvImages.read(TestData.data("market-dev/images/0002_c3s1_068642_00.jpg")));
        try (OsnetEmbedder embedder = OsnetEmbedder.open(modelFile);
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            float[][] expected = embedder.embed(crops);
            List<Future<float[][]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> embedder.embed(crops)));
            }
            for (Future<float[][]> result : results) {
                float[][] vectors = result.get();
                assertEquals(1.0, Vectors.dot(expected[0], vectors[0]), 1e-5);
                assertEquals(1.0, Vectors.dot(expected[1], vectors[1]), 1e-5);
            }
        }
    }

    private static String file(String entry) {
        return entry.substring(0, entry.indexOf(','));
    }

    private static String camera(String entry) {
        return entry.substring(entry.indexOf(',') + 1);
    }
}
