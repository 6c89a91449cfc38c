package org.sightline.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.models.FileVerifier;
import org.sightline.core.models.ModelCatalog;
import org.sightline.core.models.ModelStore;
import org.sightline.core.models.Sha256;
import org.sightline.core.models.VerificationCache;
import org.sightline.core.pipeline.IngestEngines.DetectorChoice;
import org.sightline.engine.djl.PlantedYoloModels;
import org.sightline.engine.djl.YoloDetector;

/** A YOLO model is added by a catalog entry and its file in a models folder, nothing else. */
class YoloCatalogEntryTest {

    @TempDir
    Path temp;

    @Test
    void catalogEntriesWithTheYoloDecoderOpenAsYoloDetectors() throws Exception {
        Path mirror = temp.resolve("mirror");
        Files.createDirectories(mirror.resolve("detector"));
        Path v8 = PlantedYoloModels.write("v8", mirror.resolve("detector/planted-v8.onnx"));
        Path v5 = PlantedYoloModels.write("v5", mirror.resolve("detector/planted-v5.onnx"));
        Files.delete(mirror.resolve("detector/planted_yolo.py"));
        String json = """
                {"formatVersion": 1, "models": [%s, %s]}""".formatted(
                entry("planted-v8", "\"decoder\": \"yolo\",", "detector/planted-v8.onnx", v8),
                entry("yolov5-planted", "", "detector/planted-v5.onnx", v5));
        ModelStore store = new ModelStore(ModelCatalog.parse(json, "test catalog"), temp.resolve("user"),
                Optional.of(mirror), new FileVerifier(VerificationCache.load(temp.resolve("cache.json"))));
        ModelStoreEngines engines = new ModelStoreEngines(store);

        for (String id : List.of("planted-v8", "yolov5-planted")) {
            try (DetectorChoice choice = engines.detector(id, 0.35f)) {
                assertEquals(id, choice.detectorId());
                assertEquals(List.of(), choice.warnings());
                assertInstanceOf(YoloDetector.class, choice.detector());
                List<PersonDetection> found = choice.detector().detect(PlantedYoloModels.redFrame());
                assertEquals(2, found.size(), id + ": " + found);
                assertTrue(found.getFirst().box().intersectionOverUnion(PlantedYoloModels.BEST) > 0.95,
                        id + ": " + found);
            }
        }
    }

    private static String entry(String id, String decoder, String path, Path file) throws Exception {
        return """
                {"id": "%s", "name": "Planted YOLO", "role": "detector", "engine": "OnnxRuntime",
                 "task": {%s "inputShape": [1, 3, 64, 64], "colourOrder": "RGB",
                          "normalisation": {"divideBy": 255, "mean": [0, 0, 0], "std": [1, 1, 1]},
                          "resize": "letterbox", "outputs": ["YOLO boxes"]},
                 "licence": "test", "source": "made by the test",
                 "files": [{"path": "%s", "sha256": "%s", "size": %d}]}""".formatted(
                id, decoder, path, Sha256.of(file), Files.size(file));
    }
}
