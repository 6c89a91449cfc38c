package org.sightline.engine.djl.clip;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.sightline.core.inference.ModelLoadException;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tiny OpenAI-structured checkpoints load into the DJL blocks and reproduce torch's outputs. */
class ClipCheckpointTest {

    private static final float TOLERANCE = 1e-4f;

    @Test
    void vitCheckpointReproducesTorchImageAndTextEmbeddings() {
        JsonObject ref = TinyClip.model("vit");
        try (NDManager manager = NDManager.newBaseManager()) {
            ClipNetwork network = ClipCheckpoint.load(TinyClip.dir().resolve("tiny-clip-vit.pt"), manager);
            assertEquals(ClipConfig.vit(64, 32, 2, 128, 8, new TextTowerConfig(49408, 77, 128, 2, 2, 64)),
                    network.config());
            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 32, 32);
            assertClose(TinyClip.floats(ref, "encode_image"), network.visual().encode(images));
            assertClose(TinyClip.floats(ref, "encode_text"), network.text().encode(TinyClip.tokens(manager), null));
            assertEquals(Math.exp(ref.get("logit_scale").getAsFloat()), network.logitScale(), 1e-5);
        }
    }

    @Test
    void resNetTowerReproducesTorchGivenTheBatchNormBuffers() {
        JsonObject ref = TinyClip.model("rn");
        Path file = TinyClip.dir().resolve("tiny-clip-rn.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, manager);
            JsonObject buffers = ref.getAsJsonObject("buffers");
            for (String name : buffers.keySet()) {
                JsonObject buffer = buffers.getAsJsonObject(name);
                long[] shape = buffer.getAsJsonArray("shape").asList().stream().mapToLong(e -> e.getAsLong()).toArray();
                tensors.put(name, TinyClip.array(manager, buffer, "values", shape));
            }
            Map<String, Shape> shapes = new java.util.HashMap<>();
            tensors.forEach((name, array) -> shapes.put(name, array.getShape()));
            ClipConfig config = ClipConfigs.fromShapes(shapes, file.toString());
            assertArrayEquals(new int[] {1, 2, 1, 1}, config.visionLayers());
            assertEquals(64, config.imageResolution());
            ClipNetwork network = new ClipNetwork(config);
            ClipWeights.copy(tensors, network, file.toString(), manager);
            NDArray images = TinyClip.array(manager, ref, "image", 2, 3, 64, 64);
            assertClose(TinyClip.floats(ref, "encode_image"), network.visual().encode(images));
            assertClose(TinyClip.floats(ref, "encode_text"), network.text().encode(TinyClip.tokens(manager), null));
        }
    }

    @Test
    void resNetArchiveFailsNamingTheMissingBufferAndFile() {
        Path file = TinyClip.dir().resolve("tiny-clip-rn.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ClipCheckpoint.load(file, manager));
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("visual.bn1.running_mean"), e.getMessage());
        }
    }

    @Test
    void wrongShapeAndMissingTensorAreNamed() {
        Path file = TinyClip.dir().resolve("tiny-clip-vit.pt");
        try (NDManager manager = NDManager.newBaseManager()) {
            Map<String, NDArray> tensors = TorchScriptTensors.read(file, manager);
            ClipConfig config = ClipConfig.vit(64, 32, 2, 128, 8, new TextTowerConfig(49408, 77, 128, 2, 2, 64));
            NDArray proj = tensors.put("visual.proj", manager.zeros(new Shape(128, 32)));
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> ClipWeights.copy(tensors, new ClipNetwork(config), file.toString(), manager));
            assertTrue(shape.getMessage().contains("'visual.proj' has shape (128, 32), expected (128, 64)"),
                    shape.getMessage());
            tensors.put("visual.proj", proj);
            tensors.remove("transformer.resblocks.1.ln_2.bias");
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> ClipWeights.copy(tensors, new ClipNetwork(config), file.toString(), manager));
            assertTrue(missing.getMessage().contains(file + " has no tensor 'transformer.resblocks.1.ln_2.bias'"),
                    missing.getMessage());
        }
    }

    @Test
    void missingFileIsAModelLoadException() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Path missing = Path.of("no-such-clip.pt");
            ModelLoadException e = assertThrows(ModelLoadException.class, () -> ClipCheckpoint.load(missing, manager));
            assertTrue(e.getMessage().contains("no-such-clip.pt"));
        }
    }

    static void assertClose(float[] expected, NDArray actual) {
        float difference = TinyClip.maxDifference(expected, actual.toFloatArray());
        assertTrue(difference < TOLERANCE, "max |torch - DJL| = " + difference);
    }
}
