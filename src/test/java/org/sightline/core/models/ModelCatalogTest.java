package org.sightline.core.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogTest {

    @Test
    void bundledCatalogListsEveryKnownModelWithItsFacts() {
        ModelCatalog catalog = ModelCatalog.fromClasspath();
        assertEquals(List.of("nanodet-m-416", "nanodet-m-320", "osnet-x0.25-msmt17",
                        "person-attributes-crossroad-0230", "clip-bpe-vocabulary", "clip-vit-b-32",
                        "clip-vit-b-16", "clip-vit-l-14", "clip-rn50", "sightline-pedvl"),
                catalog.models().stream().map(ModelEntry::id).toList());

        ModelEntry nanodet = catalog.require("nanodet-m-416");
        assertEquals(ModelEngine.ONNX_RUNTIME, nanodet.engine());
        assertEquals(416, nanodet.task().inputWidth());
        assertEquals(Optional.of("BGR"), nanodet.task().colourOrder());
        assertEquals(List.of(57.375, 57.12, 58.395), nanodet.task().normalisation().orElseThrow().std());

        ModelEntry rn50 = catalog.require("clip-rn50");
        assertEquals(ModelRole.VISION_LANGUAGE, rn50.role());
        assertEquals(ModelEngine.PYTORCH, rn50.engine());
        ModelFile rn50File = rn50.files().getFirst();
        assertEquals("afeb0e10f9e5a86da6080e35cf09123aca3b358a0c3e3b6c78a7b63bc04b6762", rn50File.sha256());
        assertTrue(rn50File.url().orElseThrow().getPath().contains(rn50File.sha256()),
                "OpenAI's address holds the file's SHA-256");
        assertEquals(1024, rn50.task().embeddingSize().orElseThrow());

        ModelEntry vocabulary = catalog.require("clip-bpe-vocabulary");
        assertEquals(ModelEngine.NONE, vocabulary.engine());
        assertTrue(vocabulary.task().inputShape().isEmpty());
    }

    @Test
    void classpathCopyIsTheTopLevelCatalog() throws Exception {
        String projectDir = System.getProperty("sightline.projectDir");
        Assumptions.assumeTrue(projectDir != null, "system property sightline.projectDir is not set");
        Path topLevel = Path.of(projectDir, "models", "catalog.json");
        try (var stream = ModelCatalog.class.getResourceAsStream(ModelCatalog.CLASSPATH_RESOURCE)) {
            assertEquals(Files.readString(topLevel), new String(stream.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyModelFileInTheSharedMirrorMatchesItsCatalogEntry(@TempDir Path temp) throws Exception {
        Path mirror = TestModels.sharedMirror();
        FileVerifier verifier = new FileVerifier(VerificationCache.load(temp.resolve("cache.json")));
        int checked = 0;
        for (ModelEntry entry : ModelCatalog.fromClasspath().models()) {
            for (ModelFile file : entry.files()) {
                Path copy = mirror.resolve(file.path());
                if (entry.engine() == ModelEngine.PYTORCH) {
                    assertFalse(Files.exists(copy), "CLIP weights are not expected in the mirror: " + copy);
                    continue;
                }
                assertTrue(Files.exists(copy), "catalogued file missing from the mirror: " + copy);
                assertEquals(file.sha256(), verifier.verifyFully(copy, file), copy.toString());
                checked++;
            }
        }
        assertEquals(5, checked, "NanoDet 416 and 320, OSNet, attributes model and CLIP vocabulary");
    }

    @Test
    void errorsNameTheCatalogTheEntryAndTheField() {
        String good = validEntry("a", "x/a.onnx");
        assertMessage("test.json: models[0] (model 'a') files[0]: \"sha256\" must be 64 lowercase hex digits",
                catalog(good.replace("\"sha256\": \"" + "0".repeat(64), "\"sha256\": \"ABC")));
        assertMessage("test.json: models[1]: id 'a' is used by an earlier entry",
                catalog(good + "," + validEntry("a", "x/b.onnx")));
        assertMessage("(model 'a'): \"role\" is unknown: 'segmenter'",
                catalog(good.replace("\"reid\"", "\"segmenter\"")));
        assertMessage("(model 'a') task: \"inputShape\" must be [N, C, H, W] for an OnnxRuntime model",
                catalog(good.replace("\"inputShape\": [1, 3, 8, 4], ", "")));
        assertMessage("files[0]: \"path\" has an empty, '.' or '..' segment: '../a.onnx'",
                catalog(validEntry("a", "../a.onnx")));
        assertMessage("task normalisation: \"std\" must not hold 0",
                catalog(good.replace("\"std\": [1, 1, 1]", "\"std\": [1, 0, 1]")));
        assertMessage("test.json: formatVersion 2 is not supported",
                "{\"formatVersion\": 2, \"models\": [" + good + "]}");
        assertMessage("test.json: not valid JSON", "{\"formatVersion\": 1, \"models\": [");
    }

    @Test
    void requireListsTheKnownIds() {
        ModelCatalog catalog = ModelCatalog.parse(catalog(validEntry("a", "x/a.onnx")), "test.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.require("b"));
        assertTrue(e.getMessage().contains("known models: a"), e.getMessage());
    }

    private static void assertMessage(String expectedPart, String json) {
        ModelCatalogException e = assertThrows(ModelCatalogException.class, () -> ModelCatalog.parse(json,
                "test.json"));
        assertTrue(e.getMessage().contains(expectedPart), "message was: " + e.getMessage());
    }

    private static String catalog(String entries) {
        return "{\"formatVersion\": 1, \"models\": [" + entries + "]}";
    }

    private static String validEntry(String id, String path) {
        return """
                {"id": "%s", "name": "n", "role": "reid", "engine": "OnnxRuntime",
                 "task": {"inputShape": [1, 3, 8, 4], "colourOrder": "RGB",
                          "normalisation": {"divideBy": 255, "mean": [0, 0, 0], "std": [1, 1, 1]},
                          "outputs": ["o"]},
                 "licence": "l", "source": "s",
                 "files": [{"path": "%s", "sha256": "%s", "size": 10, "url": null}]}"""
                .formatted(id, path, "0".repeat(64));
    }
}
