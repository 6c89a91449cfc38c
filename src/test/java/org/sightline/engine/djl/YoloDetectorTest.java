package org.sightline.engine.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.inference.BoundingBox;
import org.sightline.core.inference.DetectorSettings;
import org.sightline.core.inference.InferenceException;
import org.sightline.core.inference.Letterbox;
import org.sightline.core.inference.PersonDetection;
import org.sightline.core.inference.RgbImage;

/** Decodes YOLOv5 and YOLOv8 layouts from tiny ONNX models with known boxes planted in them. */
class YoloDetectorTest {

    private static final DetectorSettings SETTINGS = new DetectorSettings(0.35f, 0.6f, PlantedYoloModels.INPUT_SIZE);

    @TempDir
    static Path temp;
    private static Path v5;
    private static Path v8;

    @BeforeAll
    static void writeModels() throws Exception {
        v5 = PlantedYoloModels.write("v5", temp.resolve("planted-v5.onnx"));
        v8 = PlantedYoloModels.write("v8", temp.resolve("planted-v8.onnx"));
    }

    @Test
    void yolov8LayoutGivesThePlantedPeopleInFramePixels() {
        List<PersonDetection> found = detect(v8, SETTINGS);
        assertEquals(2, found.size(), found.toString());
        assertBox(PlantedYoloModels.BEST, 1f, found.get(0));
        assertBox(PlantedYoloModels.CORNER_SCORED, PlantedYoloModels.PAD_SCORE, found.get(1));
    }

    @Test
    void yolov5LayoutMultipliesObjectnessIntoTheClassScore() {
        List<PersonDetection> found = detect(v5, SETTINGS);
        assertEquals(2, found.size(), found.toString());
        assertBox(PlantedYoloModels.BEST, PlantedYoloModels.V5_BEST_OBJECTNESS, found.get(0));
        assertBox(PlantedYoloModels.CORNER_SCORED, PlantedYoloModels.PAD_SCORE, found.get(1));
    }

    @Test
    void lowerThresholdAddsTheWeakPersonButNeverTheCar() {
        for (Path model : List.of(v5, v8)) {
            List<PersonDetection> found = detect(model, SETTINGS.withConfidenceThreshold(0.2f));
            assertEquals(3, found.size(), model + ": " + found);
            assertBox(PlantedYoloModels.WEAK, PlantedYoloModels.WEAK_SCORE, found.get(2));
            assertTrue(found.stream().noneMatch(d -> d.box().intersectionOverUnion(PlantedYoloModels.CAR) > 0.5),
                    "a box whose best class is car was kept: " + found);
        }
    }

    @Test
    void nmsIsWhatRemovesTheOverlappingTwin() {
        for (Path model : List.of(v5, v8)) {
            List<PersonDetection> found = detect(model, new DetectorSettings(0.35f, 0.9f, PlantedYoloModels.INPUT_SIZE));
            assertEquals(3, found.size(), model + ": " + found);
            assertBox(PlantedYoloModels.TWIN, PlantedYoloModels.TWIN_SCORE, found.get(1));
        }
    }

    @Test
    void unknownOutputShapesAreRefusedWithTheShape() {
        var square = assertThrows(InferenceException.class, () -> YoloLayout.of(new long[] {1, 84, 84}));
        assertTrue(square.getMessage().contains("[1, 84, 84]"), square.getMessage());
        assertThrows(InferenceException.class, () -> YoloLayout.of(new long[] {1, 4, 8400}));
        assertThrows(InferenceException.class, () -> YoloLayout.of(new long[] {2, 84, 8400}));
    }

    @Test
    void singleClassExportsAreReadToo() {
        // [1, 5, N]: a person-only YOLOv8 export, candidate 1 planted at the centre of a 64 square.
        float[] output = new float[5 * 8];
        float[] candidate = {32, 32, 16, 16, 0.7f};
        for (int attribute = 0; attribute < 5; attribute++) {
            output[attribute * 8 + 1] = candidate[attribute];
        }
        List<PersonDetection> found = YoloDecoder.decode(output, YoloLayout.of(new long[] {1, 5, 8}), 0, 0.5f,
                Letterbox.fit(64, 64, 64));
        assertEquals(1, found.size());
        assertBox(new BoundingBox(24, 24, 16, 16), 0.7f, found.getFirst());
    }

    @Test
    void padIsUltralyticsGrey() {
        RgbImage padded = YoloTranslator.greyLetterbox(PlantedYoloModels.redFrame(),
                Letterbox.fit(PlantedYoloModels.FRAME_WIDTH, PlantedYoloModels.FRAME_HEIGHT, 64));
        assertEquals(114, padded.pixels()[0] & 0xFF);
        int centre = (32 * 64 + 32) * 3;
        assertEquals(255, padded.pixels()[centre] & 0xFF);
        assertEquals(0, padded.pixels()[centre + 1] & 0xFF);
    }

    private static List<PersonDetection> detect(Path model, DetectorSettings settings) {
        try (YoloDetector detector = YoloDetector.open(model, settings)) {
            return detector.detect(PlantedYoloModels.redFrame());
        }
    }

    static void assertBox(BoundingBox expected, float score, PersonDetection actual) {
        BoundingBox box = actual.box();
        String what = "expected " + expected + " scoring " + score + ", got " + actual;
        assertEquals(expected.x(), box.x(), 1.0, what);
        assertEquals(expected.y(), box.y(), 1.0, what);
        assertEquals(expected.width(), box.width(), 1.0, what);
        assertEquals(expected.height(), box.height(), 1.0, what);
        assertEquals(score, actual.score(), 0.01, what);
    }
}
