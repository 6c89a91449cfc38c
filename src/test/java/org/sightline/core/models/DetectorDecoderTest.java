package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectorDecoderTest {

    private static ModelEntry detector(String id, String decoderField) {
        String json = """
                {"formatVersion": 1, "models": [{
                  "id": "%s", "name": "Test detector", "role": "detector", "engine": "OnnxRuntime",
                  "task": {"inputShape": [1, 3, 64, 64], "colourOrder": "RGB",
                           "normalisation": {"divideBy": 255, "mean": [0, 0, 0], "std": [1, 1, 1]},
                           "outputs": ["boxes"]%s},
                  "licence": "test", "source": "made by the test",
                  "files": [{"path": "detector/x.onnx", "sha256": "%s", "size": 1}]
                }]}""".formatted(id, decoderField, "0".repeat(64));
        return ModelCatalog.parse(json, "test catalog").models().getFirst();
    }

    @Test
    void decoderFieldWinsOverTheId() {
        assertEquals(DetectorDecoder.YOLO, detector("my-detector", ", \"decoder\": \"yolo\"").detectorDecoder());
        assertEquals(DetectorDecoder.NANODET_GFL,
                detector("yolo-like-name", ", \"decoder\": \"nanodet-gfl\"").detectorDecoder());
    }

    @Test
    void withoutTheFieldTheIdDecides() {
        assertEquals(DetectorDecoder.YOLO, detector("yolov8n-640", "").detectorDecoder());
        assertEquals(DetectorDecoder.NANODET_GFL, detector("nanodet-m-416", "").detectorDecoder());
    }

    @Test
    void unknownDecoderIsRefusedNamingTheModelAndTheChoices() {
        var error = assertThrows(ModelCatalogException.class, () -> detector("odd", ", \"decoder\": \"detr\""));
        assertTrue(error.getMessage().contains("'odd'") && error.getMessage().contains("detr")
                && error.getMessage().contains("nanodet-gfl, yolo"), error.getMessage());
    }
}
